package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a run with one case's recording: the status, then the output (or, for a failure, the
 * error and the cause), then the history when one was recorded. Tokens bind across all of them.
 */
final class CaseComparison {
  private static final Pattern ANGLE_TOKEN = Pattern.compile("<[^<>\\s]+>");

  private final ConformanceCase recorded;
  private final ValueMatcher values;

  CaseComparison(ConformanceCase recorded, RecorderTransforms transforms) {
    this.recorded = recorded;
    Placeholders placeholders = Placeholders.of(recorded);
    this.values =
        new ValueMatcher(placeholders, caseTokens(placeholders, transforms), new Bindings());
  }

  /**
   * Tokens that are wildcards throughout this case: the {@code <...>} parts of its placeholders
   * (other than the function names a regex transformer put there, which the run reproduces), and
   * the replacements of regexes that cannot be replayed.
   */
  private Set<String> caseTokens(Placeholders placeholders, RecorderTransforms transforms) {
    Set<String> replayed = new HashSet<>();
    for (Map<String, Object> t : recorded.snapshotTransformers()) {
      if ("regex".equals(t.get("kind"))) {
        replayed.add(String.valueOf(t.get("replacement")));
      }
    }
    Set<String> unresolved = transforms.unresolvedReplacements();
    replayed.removeAll(unresolved);
    Set<String> tokens = new HashSet<>(unresolved);
    for (Placeholders.Rule rule : placeholders.rules()) {
      Matcher m = ANGLE_TOKEN.matcher(rule.value());
      while (m.find()) {
        if (!replayed.contains(m.group())) {
          tokens.add(m.group());
        }
      }
    }
    return tokens;
  }

  /** The first difference, described, or empty when the run matches the recording. */
  Optional<String> compare(RunSnapshot run) {
    Map<String, Object> expected = recorded.expected();
    Object status = expected.get("status");
    if (!String.valueOf(status).equals(run.status())) {
      String detail =
          run.error() == null && run.cause() == null
              ? ""
              : " (error " + run.error() + ", cause " + shorten(run.cause()) + ")";
      return Optional.of(new Difference("/status", status, run.status()).describe() + detail);
    }
    Optional<Difference> d = Optional.empty();
    if (expected.containsKey("output")) {
      d = values.compare("/output", expected.get("output"), run.output());
    }
    if (d.isEmpty() && "FAILED".equals(status)) {
      d = values.compare("/error", expected.get("error"), run.error());
      if (d.isEmpty()) {
        d = values.compare("/cause", expected.get("cause"), run.cause());
      }
    }
    if (d.isEmpty() && expected.get("history") instanceof List<?> history) {
      List<Map<String, Object>> events = history.stream().map(Json::asObject).toList();
      d = new HistoryMatcher(values).compare(events, run.history());
    }
    return d.map(Difference::describe);
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
