package io.stepwell.asl.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of the reserved {@code $states} variable a JSONata expression may read where it is
 * written. {@code input} and {@code context} are everywhere; {@code result} only in the top-level
 * {@code Output} and {@code Assign} of a Task, Map or Parallel; {@code errorOutput} only in a
 * catcher's {@code Output} and {@code Assign}. AWS refuses any other read when the state machine is
 * created, updated or validated (workflow-variables guide, "Reserved variable: $states").
 */
final class StatesFieldChecks {
  private static final Set<String> EVERYWHERE = Set.of("input", "context");
  private static final Set<String> WITH_RESULT = Set.of("input", "context", "result");
  private static final Set<String> WITH_ERROR_OUTPUT = Set.of("input", "context", "errorOutput");

  /** Fields holding no expression, or holding states that are checked on their own. */
  private static final Set<String> NOT_EVALUATED =
      Set.of(
          "Type",
          "Comment",
          "QueryLanguage",
          "Next",
          "End",
          "Default",
          "Resource",
          "Retry",
          "ItemProcessor",
          "Iterator",
          "Branches");

  private StatesFieldChecks() {}

  static void check(StateScope s) {
    if (!s.jsonata()) {
      return;
    }
    Node node = s.node();
    boolean hasResult =
        s.kind() == StateKind.TASK || s.kind() == StateKind.MAP || s.kind() == StateKind.PARALLEL;
    for (Map.Entry<String, Object> e : node.fields().entrySet()) {
      String field = e.getKey();
      if (NOT_EVALUATED.contains(field) || !s.uses(field)) {
        continue;
      }
      Location at = node.loc(field);
      switch (field) {
        case "Catch" ->
            entries(e.getValue(), at, List.of("Output", "Assign"), WITH_ERROR_OUTPUT, s.findings());
        case "Choices" ->
            entries(
                e.getValue(),
                at,
                List.of("Condition", "Output", "Assign"),
                EVERYWHERE,
                s.findings());
        case "Output", "Assign" ->
            scan(e.getValue(), at, hasResult ? WITH_RESULT : EVERYWHERE, s.findings());
        default -> scan(e.getValue(), at, EVERYWHERE, s.findings());
      }
    }
  }

  /** The evaluated fields of each catcher or Choice rule. */
  private static void entries(
      Object value, Location at, List<String> fields, Set<String> available, Findings findings) {
    if (!(value instanceof List<?> list)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> entry) {
        for (String field : fields) {
          if (entry.containsKey(field)) {
            scan(entry.get(field), at.index(i).field(field), available, findings);
          }
        }
      }
    }
  }

  /** Every JSONata string in a value, at any depth. */
  private static void scan(Object value, Location at, Set<String> available, Findings findings) {
    if (Values.isJsonata(value)) {
      String text = (String) value;
      for (String field : JsonataReferences.statesFields(text.substring(2, text.length() - 2))) {
        if (!available.contains(field)) {
          findings.error(
              Messages.UNSUPPORTED_JSONATA_EXPRESSION, Messages.statesFieldDoesNotExist(field), at);
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        scan(e.getValue(), at.field(String.valueOf(e.getKey())), available, findings);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        scan(list.get(i), at.index(i), available, findings);
      }
    }
  }
}
