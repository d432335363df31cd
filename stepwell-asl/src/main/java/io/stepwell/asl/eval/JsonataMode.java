package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What JSONata-mode states share: the {@code $states} binding, the variables in scope, and the
 * evaluation of a field.
 */
final class JsonataMode {
  private JsonataMode() {}

  /** {@code $states}: the raw input, the context object and, where there is one, the result. */
  static Map<String, Object> states(Run run, Frame frame, Object input) {
    Map<String, Object> states = new HashMap<>();
    states.put("input", input);
    states.put("context", new LazyContext(new FrameScope(run, frame, input, null)));
    return states;
  }

  /**
   * The context object, built on first read: most expressions never read {@code $states.context},
   * and building it costs more than evaluating them.
   */
  private static final class LazyContext extends java.util.AbstractMap<String, Object> {
    private final FrameScope scope;
    private Map<String, Object> context;

    LazyContext(FrameScope scope) {
      this.scope = scope;
    }

    private Map<String, Object> context() {
      if (context == null) {
        context = Json.asObject(scope.context());
      }
      return context;
    }

    @Override
    public Object get(Object key) {
      return context().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return context().containsKey(key);
    }

    @Override
    public java.util.Set<Map.Entry<String, Object>> entrySet() {
      return context().entrySet();
    }
  }

  /** {@code $states} with a result ({@code result}) or an error output ({@code errorOutput}). */
  static Map<String, Object> with(Map<String, Object> states, String key, Object value) {
    Map<String, Object> more = new HashMap<>(states);
    more.put(key, value);
    return more;
  }

  /** Every variable visible in the frame, inner scopes hiding outer ones. */
  static Map<String, Object> variables(Frame frame) {
    Map<String, Object> all = new HashMap<>();
    collect(frame, all);
    return all;
  }

  private static void collect(Frame frame, Map<String, Object> into) {
    if (frame.group != null) {
      collect(frame.group.owner, into);
    }
    if (frame.variables != null) {
      into.putAll(frame.variables);
    }
  }

  /**
   * Evaluates a field; {@link JsonataTemplate#UNDEFINED} is returned as is, for the caller to
   * decide what a missing value means there.
   */
  static Object evaluate(
      Run run, Frame frame, JsonataTemplate template, String field, Map<String, Object> states) {
    return template.evaluate(field, states, variables(frame), run.entropy, run.now);
  }

  /** Evaluates an {@code Assign} field: all right-hand sides see the values from before. */
  static Map<String, Object> assign(
      Run run, Frame frame, JsonataTemplate assign, Map<String, Object> states) {
    if (assign == null) {
      return null;
    }
    Object value = evaluate(run, frame, assign, "Assign", states);
    if (!(value instanceof Map<?, ?> map)) {
      throw new StatesFailure(
          StatesError.QUERY_EVALUATION_ERROR,
          "The Assign field must evaluate to an object, but was: " + Json.typeName(value));
    }
    return new LinkedHashMap<>(Json.asObject(map));
  }

  /** Evaluates an {@code Output} field, or passes {@code fallback} when there is none. */
  static Object output(
      Run run, Frame frame, JsonataTemplate output, Map<String, Object> states, Object fallback) {
    if (output == null) {
      return fallback;
    }
    Object value = evaluate(run, frame, output, "Output", states);
    if (JsonataTemplate.isUndefined(value)) {
      throw new StatesFailure(
          StatesError.QUERY_EVALUATION_ERROR,
          "The JSONata expression specified for the field 'Output' returned nothing (undefined).");
    }
    return value;
  }

  /** AWS's error for a field whose value has the wrong type. */
  static StatesFailure unexpectedType(
      JsonataTemplate template, String field, String expected, Object value) {
    if (template.expression() != null) {
      return template.expression().unexpectedResultType(field, expected, value);
    }
    return new StatesFailure(
        StatesError.QUERY_EVALUATION_ERROR,
        "The value specified for the field '"
            + field
            + "' has an unexpected type. Expected '"
            + expected
            + "', but was '"
            + Json.typeName(value)
            + "'");
  }

  /** Evaluates a field that must give a whole number, e.g. {@code Seconds}. */
  static long integer(
      Run run, Frame frame, JsonataTemplate template, String field, Map<String, Object> states) {
    Object value = evaluate(run, frame, template, field, states);
    if (value instanceof Number n
        && (Json.isIntegral(n) || n.doubleValue() == Math.rint(n.doubleValue()))) {
      return n.longValue();
    }
    throw new StatesFailure(
        StatesError.QUERY_EVALUATION_ERROR,
        "The JSONata expression specified for the field '"
            + field
            + "' returned an unexpected result type. Expected 'integer', but was '"
            + Json.typeName(JsonataTemplate.isUndefined(value) ? null : value)
            + "' for value: "
            + Json.write(JsonataTemplate.isUndefined(value) ? null : value));
  }
}
