package io.stepwell.testkit.bucket;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a recorded case's Map state reads, resolved as the interpreter would: {@code .$}
 * fields and paths with {@link JsonPathExpr}, variables from the Pass states before the Map state,
 * and the exact JSONata forms those cases use (any other form fails, so it is noticed).
 */
final class CaseValues {
  private static final Pattern STATES_INPUT = Pattern.compile("\\{% \\$states\\.input\\.(\\w+) %}");
  private static final Pattern ASSIGN_NUMBER = Pattern.compile("\\{% \\$\\w+ := (\\d+) %}");
  private static final Pattern ENTERED_TIME =
      Pattern.compile("\\{% \\$states\\.context\\.State\\.EnteredTime %}");

  private CaseValues() {}

  /** The exact JSONata forms these cases use; any other fails the test so it is noticed. */
  static Object jsonata(Object value, Object input) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : Json.asObject(map).entrySet()) {
        resolved.put(e.getKey(), jsonata(e.getValue(), input));
      }
      return resolved;
    }
    if (!(value instanceof String text) || !text.startsWith("{%")) {
      return value;
    }
    Matcher field = STATES_INPUT.matcher(text);
    if (field.matches()) {
      return Json.asObject(input).get(field.group(1));
    }
    Matcher assign = ASSIGN_NUMBER.matcher(text);
    if (assign.matches()) {
      return Integer.valueOf(assign.group(1));
    }
    if (ENTERED_TIME.matcher(text).matches()) {
      return "2024-05-01T12:00:00.000Z";
    }
    throw new AssertionError("a JSONata form this test does not know: " + text);
  }

  static Object template(Map<String, Object> template, DataScope scope) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : template.entrySet()) {
      if (e.getKey().endsWith(".$")) {
        Object value = JsonPathExpr.compile((String) e.getValue()).read(scope);
        resolved.put(e.getKey().substring(0, e.getKey().length() - 2), value);
      } else {
        resolved.put(e.getKey(), e.getValue());
      }
    }
    return resolved;
  }

  /** The literal variables that Pass states before the Map state assign. */
  static Map<String, Object> assignedBeforeTheMap(Object definition) {
    Map<String, Object> machine = Json.asObject(definition);
    Map<String, Object> states = Json.asObject(machine.get("States"));
    Map<String, Object> variables = new HashMap<>();
    Object current = machine.get("StartAt");
    while (current != null) {
      Map<String, Object> state = Json.asObject(states.get(current));
      if ("Map".equals(state.get("Type"))) {
        break;
      }
      if (state.get("Assign") instanceof Map<?, ?> assign) {
        variables.putAll(Json.asObject(assign));
      }
      current = state.get("Next");
    }
    return variables;
  }

  static DataScope scope(Object input, Map<String, Object> variables) {
    return new DataScope() {
      @Override
      public Object input() {
        return input;
      }

      @Override
      public Object context() {
        return Map.of();
      }

      @Override
      public Object variable(String name) {
        return variables.containsKey(name) ? variables.get(name) : Missing.VALUE;
      }
    };
  }
}
