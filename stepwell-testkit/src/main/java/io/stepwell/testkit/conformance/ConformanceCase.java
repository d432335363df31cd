package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One recorded case, as its JSON file holds it (see the corpus README): typed accessors over the
 * parsed document.
 *
 * @param name the case's {@code name}
 * @param folder the folder it was read from, e.g. {@code pure} or {@code lambda}
 * @param document the whole parsed file
 */
public record ConformanceCase(String name, String folder, Map<String, Object> document) {
  private static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  /** Reads a case file. */
  public static ConformanceCase load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> document = Json.asObject(Json.parse(text));
    Path parent = file.toAbsolutePath().getParent();
    String folder = parent == null ? "" : String.valueOf(parent.getFileName());
    Object name = document.get("name");
    String fallback = String.valueOf(file.getFileName()).replaceFirst("\\.json$", "");
    return new ConformanceCase(name instanceof String s ? s : fallback, folder, document);
  }

  /** True for {@code invalid/} cases: a definition AWS rejected, nothing to execute. */
  public boolean isDefinitionCheck() {
    return document.containsKey("api") || !document.containsKey("expected");
  }

  public Object definition() {
    return document.get("definition");
  }

  public Object input() {
    return document.get("input");
  }

  public String stateMachineType() {
    return (String) document.getOrDefault("state_machine_type", "STANDARD");
  }

  public List<String> driverActions() {
    return strings("driver_actions");
  }

  public List<String> features() {
    return strings("features");
  }

  public List<String> needs() {
    return strings("needs");
  }

  /** {@code needs_detail}: what each {@code @@LAMBDA_ARN:i@@} stands for. */
  public List<Map<String, Object>> needsDetail() {
    Object value = document.get("needs_detail");
    return value == null ? List.of() : Json.asArray(value).stream().map(Json::asObject).toList();
  }

  public Map<String, Object> expected() {
    return Json.asObject(document.getOrDefault("expected", Map.of()));
  }

  public Map<String, Object> comparison() {
    return Json.asObject(document.getOrDefault("comparison", Map.of()));
  }

  /** {@code comparison.snapshot_transformers}. */
  public List<Map<String, Object>> snapshotTransformers() {
    Object value = comparison().get("snapshot_transformers");
    return value == null ? List.of() : Json.asArray(value).stream().map(Json::asObject).toList();
  }

  /** {@code comparison.placeholders}. */
  public List<Map<String, Object>> placeholders() {
    Object value = comparison().get("placeholders");
    return value == null ? List.of() : Json.asArray(value).stream().map(Json::asObject).toList();
  }

  /**
   * True when the case uses only JSONPath-mode ASL: no JSONata, no {@code Assign}, no variables.
   */
  public boolean isJsonPathMode() {
    for (String feature : features()) {
      String f = feature.toLowerCase(Locale.ROOT);
      if (f.contains("jsonata") || f.equals("assign") || f.startsWith("variablereference")) {
        return false;
      }
    }
    return true;
  }

  /**
   * When AWS last ran the case; the virtual clock starts there so that absolute times in the
   * definition relate to "now" as they did on AWS.
   */
  public Instant recordedAt() {
    if (document.get("origin") instanceof Map<?, ?> origin
        && origin.get("last_validated_date") instanceof String date) {
      try {
        return java.time.OffsetDateTime.parse(date).toInstant();
      } catch (DateTimeParseException e) {
        return DEFAULT_START;
      }
    }
    return DEFAULT_START;
  }

  /** {@code fingerprint}, or the name when there is none. */
  public String fingerprint() {
    return document.get("fingerprint") instanceof String f ? f : name;
  }

  private List<String> strings(String key) {
    Object value = document.get(key);
    return value == null ? List.of() : Json.asArray(value).stream().map(String::valueOf).toList();
  }
}
