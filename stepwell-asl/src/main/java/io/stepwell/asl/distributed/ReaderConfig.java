package io.stepwell.asl.distributed;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code ItemReader}'s {@code ReaderConfig}.
 *
 * @param inputType {@code InputType}, or {@code null} when absent (an {@code s3:listObjectsV2}
 *     reader has none)
 * @param csvHeaderLocation {@code CSVHeaderLocation}, {@link CsvHeaderLocation#FIRST_ROW} when
 *     absent
 * @param csvHeaders {@code CSVHeaders}, empty unless the location is {@link
 *     CsvHeaderLocation#GIVEN}
 * @param csvDelimiter {@code CSVDelimiter}, {@link CsvDelimiter#COMMA} when absent
 * @param maxItems {@code MaxItems} as written: an {@link Integer}/{@link Long}, a JSONata string
 *     ({@code {% ... %}}) for the interpreter to evaluate, or {@code null}
 * @param maxItemsPath {@code MaxItemsPath} as written (a reference path), or {@code null}
 */
public record ReaderConfig(
    InputType inputType,
    CsvHeaderLocation csvHeaderLocation,
    List<String> csvHeaders,
    CsvDelimiter csvDelimiter,
    Object maxItems,
    String maxItemsPath) {
  private static final String WHAT = "ItemReader.ReaderConfig";
  private static final Set<String> FIELDS =
      Set.of(
          "InputType",
          "CSVHeaderLocation",
          "CSVHeaders",
          "CSVDelimiter",
          "MaxItems",
          "MaxItemsPath");

  public ReaderConfig {
    csvHeaders = List.copyOf(csvHeaders);
  }

  /** The configuration of a reader that has no {@code ReaderConfig}. */
  public static ReaderConfig none() {
    return new ReaderConfig(
        null, CsvHeaderLocation.FIRST_ROW, List.of(), CsvDelimiter.COMMA, null, null);
  }

  /** True when neither {@code MaxItems} nor {@code MaxItemsPath} is set: every item is read. */
  public boolean unlimited() {
    return maxItems == null && maxItemsPath == null;
  }

  /**
   * Parses a {@code ReaderConfig} object.
   *
   * @throws IllegalArgumentException when it is not of the shape AWS accepts
   */
  public static ReaderConfig parse(Object value) {
    Map<String, Object> config = Fields.object(value, WHAT);
    Fields.onlyKnown(config, WHAT, FIELDS);
    InputType inputType = Fields.choice(config, "InputType", WHAT, InputType.class, null);
    CsvHeaderLocation location =
        Fields.choice(
            config,
            "CSVHeaderLocation",
            WHAT,
            CsvHeaderLocation.class,
            CsvHeaderLocation.FIRST_ROW);
    CsvDelimiter delimiter =
        Fields.choice(config, "CSVDelimiter", WHAT, CsvDelimiter.class, CsvDelimiter.COMMA);
    List<String> headers = headers(config.get("CSVHeaders"));
    if (location == CsvHeaderLocation.GIVEN && headers.isEmpty()) {
      throw new IllegalArgumentException(
          WHAT + ".CSVHeaders is required with CSVHeaderLocation GIVEN");
    }
    if (location != CsvHeaderLocation.GIVEN && config.containsKey("CSVHeaders")) {
      throw new IllegalArgumentException(WHAT + ".CSVHeaders needs CSVHeaderLocation GIVEN");
    }
    boolean csvFields =
        config.containsKey("CSVHeaderLocation")
            || config.containsKey("CSVHeaders")
            || config.containsKey("CSVDelimiter");
    if (csvFields && inputType != InputType.CSV) {
      throw new IllegalArgumentException(WHAT + " has CSV fields but InputType is not CSV");
    }
    Fields.notBoth(config, "MaxItems", "MaxItemsPath", WHAT);
    // AWS runs a recorded MaxItems of 0 as "no limit", and clips values above its ceiling.
    Object maxItems = Fields.count(config, "MaxItems", WHAT, 0, Long.MAX_VALUE);
    String maxItemsPath = Fields.string(config, "MaxItemsPath", WHAT);
    return new ReaderConfig(inputType, location, headers, delimiter, maxItems, maxItemsPath);
  }

  private static List<String> headers(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(WHAT + ".CSVHeaders must be a non-empty array of strings");
    }
    List<String> headers = new ArrayList<>(list.size());
    for (Object header : Json.asArray(list)) {
      if (!(header instanceof String text)) {
        throw new IllegalArgumentException(
            WHAT + ".CSVHeaders must be a non-empty array of strings");
      }
      headers.add(text);
    }
    return headers;
  }
}
