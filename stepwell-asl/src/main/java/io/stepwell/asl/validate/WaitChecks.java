package io.stepwell.asl.validate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** A Wait takes exactly one of its four timing fields. */
final class WaitChecks {
  static final List<String> TIMING =
      List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");
  private static final Pattern RFC3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

  private WaitChecks() {}

  static void check(StateScope s) {
    Node node = s.node();
    List<String> present = TIMING.stream().filter(s::uses).toList();
    if (present.size() > 1) {
      node.schema(Messages.onlyOneOf(TIMING));
    } else if (present.isEmpty()) {
      node.schema(Messages.exactlyOneOf(TIMING));
    }
    node.integerAtLeast("Seconds", 0, s.language());
    for (String path : List.of("SecondsPath", "TimestampPath")) {
      if (s.uses(path)) {
        node.path(path, false);
      }
    }
    if (node.has("Timestamp")) {
      Object t = node.get("Timestamp");
      if (!(s.jsonata() && Values.isJsonata(t)) && !isTimestamp(t)) {
        s.findings().schema(timestampMessage(), node.loc("Timestamp"));
      }
    }
  }

  static boolean isTimestamp(Object value) {
    if (!(value instanceof String text) || !RFC3339.matcher(text).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Modelled. */
  private static String timestampMessage() {
    return "String does not match RFC3339 timestamp";
  }
}
