package io.stepwell.asl.validate;

import java.util.List;
import java.util.Set;

/**
 * Retriers and catchers: their fields, {@code ErrorEquals}, and {@code States.ALL} alone in the
 * last one.
 */
final class ErrorHandlerChecks {
  private static final Set<String> RETRIER =
      Set.of(
          "ErrorEquals",
          "IntervalSeconds",
          "MaxAttempts",
          "BackoffRate",
          "MaxDelaySeconds",
          "JitterStrategy",
          "Comment");
  private static final String ALL = "States.ALL";

  private ErrorHandlerChecks() {}

  static void check(StateScope s) {
    if (s.uses("Retry")) {
      each(s, "Retry");
    }
    if (s.uses("Catch")) {
      each(s, "Catch");
    }
  }

  private static void each(StateScope s, String field) {
    Node node = s.node();
    if (!(node.get(field) instanceof List<?> handlers)) {
      s.findings().schema(Messages.wrongType(field, "an array"), node.loc(field));
      return;
    }
    for (int i = 0; i < handlers.size(); i++) {
      Node h = Node.of(handlers.get(i), field, node.loc(field).index(i), s.findings());
      if (h == null) {
        continue;
      }
      boolean last = i == handlers.size() - 1;
      if (field.equals("Retry")) {
        retrier(h, last);
      } else {
        catcher(h, last, s);
      }
    }
  }

  private static void retrier(Node r, boolean last) {
    if (r.require(List.of("ErrorEquals"))) {
      r.allowOnly(RETRIER);
    }
    errorEquals(r, last);
    r.integerAtLeast("IntervalSeconds", 1, Language.JSONPATH);
    r.integerAtLeast("MaxAttempts", 0, Language.JSONPATH);
    r.integerAtLeast("MaxDelaySeconds", 1, Language.JSONPATH);
    r.numberBetween("BackoffRate", 1.0, Double.MAX_VALUE, Language.JSONPATH);
    r.oneOf("JitterStrategy", List.of("FULL", "NONE"));
  }

  private static void catcher(Node c, boolean last, StateScope s) {
    if (c.require(List.of("ErrorEquals", "Next"))) {
      for (String f : c.fields().keySet()) {
        if (f.equals("ResultPath") && s.jsonata()) {
          c.schema(Messages.onlyForOtherLanguage(s.language(), f));
        } else if (f.equals("Output") && !s.jsonata()) {
          c.schema(Messages.onlyForOtherLanguage(s.language(), f));
        } else if (!Set.of("ErrorEquals", "Next", "Comment", "Assign", "ResultPath", "Output")
            .contains(f)) {
          c.schema(Messages.notSupported(f));
        }
      }
    }
    errorEquals(c, last);
    c.string("Next");
    if (!s.jsonata()) {
      c.resultPath("ResultPath");
    } else if (c.has("Output")) {
      PayloadChecks.jsonata(c.get("Output"), c.loc("Output"), s.findings());
    }
    if (c.has("Assign")) {
      AssignChecks.check(c.get("Assign"), c.loc("Assign"), s.language(), s.findings());
    }
  }

  private static void errorEquals(Node h, boolean last) {
    if (!h.has("ErrorEquals")) {
      return;
    }
    List<Object> names = h.nonEmptyArray("ErrorEquals");
    if (names == null) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      if (!(names.get(i) instanceof String)) {
        h.findings()
            .schema(Messages.wrongType("ErrorEquals", "an array of strings"), h.loc("ErrorEquals"));
        return;
      }
    }
    if (names.contains(ALL) && (names.size() > 1 || !last)) {
      h.findings().schema(Messages.statesAllNotLast(), h.loc("ErrorEquals"));
    }
  }
}
