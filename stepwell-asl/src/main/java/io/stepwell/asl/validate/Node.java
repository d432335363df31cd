package io.stepwell.asl.validate;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One JSON object under check, where it is, and where its findings go; with the small checks every
 * part of a definition makes on its fields.
 */
record Node(Map<String, Object> fields, Location at, Findings findings) {

  /** The object at {@code at}, or {@code null} after reporting a value that is not an object. */
  static Node of(Object value, String name, Location at, Findings findings) {
    if (value instanceof Map<?, ?>) {
      return new Node(Json.asObject(value), at, findings);
    }
    findings.schema(Messages.wrongType(name, "an object"), at);
    return null;
  }

  boolean has(String field) {
    return fields.containsKey(field);
  }

  Object get(String field) {
    return fields.get(field);
  }

  Location loc(String field) {
    return at.field(field);
  }

  void schema(String message) {
    findings.schema(message, at);
  }

  /** Reports the missing ones of {@code required}, in that order; true when none is missing. */
  boolean require(List<String> required) {
    List<String> missing = new ArrayList<>();
    for (String f : required) {
      if (!has(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      schema(Messages.required(missing));
    }
    return missing.isEmpty();
  }

  /** Reports each field outside {@code allowed}. */
  void allowOnly(Collection<String> allowed) {
    for (String f : fields.keySet()) {
      if (!allowed.contains(f)) {
        schema(Messages.notSupported(f));
      }
    }
  }

  /** Reports two fields that must not both be set. */
  void exclusive(String a, String b) {
    if (has(a) && has(b)) {
      schema(Messages.onlyOneOf(List.of(a, b)));
    }
  }

  void string(String field) {
    if (has(field) && !(get(field) instanceof String)) {
      findings.schema(Messages.wrongType(field, "a string"), loc(field));
    }
  }

  void bool(String field) {
    if (has(field) && !(get(field) instanceof Boolean)) {
      findings.schema(Messages.wrongType(field, "a boolean"), loc(field));
    }
  }

  /** An integer of at least {@code min}; with JSONata, a {@code {% %}} expression also does. */
  void integerAtLeast(String field, long min, Language language) {
    if (!has(field)) {
      return;
    }
    Object v = get(field);
    if (language == Language.JSONATA && Values.isJsonata(v)) {
      return;
    }
    if (!Values.isInteger(v) || Json.compareNumbers((Number) v, min) < 0) {
      findings.schema(
          Messages.wrongType(field, min == 0 ? "a non-negative integer" : "an integer >= " + min),
          loc(field));
    }
  }

  /** A number within bounds; with JSONata, a {@code {% %}} expression also does. */
  void numberBetween(String field, double min, double max, Language language) {
    if (!has(field)) {
      return;
    }
    Object v = get(field);
    if (language == Language.JSONATA && Values.isJsonata(v)) {
      return;
    }
    if (!(v instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
      String range = max == Double.MAX_VALUE ? ">= " + min : "from " + min + " to " + max;
      findings.schema(Messages.wrongType(field, "a number " + range), loc(field));
    }
  }

  /** A JSONPath (or {@code null} when allowed). */
  void path(String field, boolean nullable) {
    if (!has(field)) {
      return;
    }
    Object v = get(field);
    if (v == null && nullable) {
      return;
    }
    if (!(v instanceof String s) || !Values.isPath(s)) {
      findings.schema(Messages.invalidPath(), loc(field));
    }
  }

  /** A {@code ResultPath}: a JSONPath or {@code null}, which may not name a variable. */
  void resultPath(String field) {
    path(field, true);
    if (get(field) instanceof String text && Values.isVariablePath(text)) {
      findings.schema(Messages.variableInResultPath(), loc(field));
    }
  }

  /** A JSONPath or an intrinsic function call, such as {@code ErrorPath} takes. */
  void pathOrIntrinsic(String field) {
    if (has(field) && !Values.isPathOrIntrinsic(get(field))) {
      findings.schema(Messages.invalidPath(), loc(field));
    }
  }

  /** One of a fixed set of strings. */
  void oneOf(String field, List<String> values) {
    if (has(field) && !values.contains(get(field))) {
      findings.schema(Messages.oneOfValues(field, values), loc(field));
    }
  }

  /** A non-empty array; returns it, or {@code null} after reporting what is wrong. */
  List<Object> nonEmptyArray(String field) {
    Object v = get(field);
    if (!(v instanceof List<?>)) {
      findings.schema(Messages.wrongType(field, "an array"), loc(field));
      return null;
    }
    List<Object> list = Json.asArray(v);
    if (list.isEmpty()) {
      findings.schema(Messages.emptyValue(), loc(field));
      return null;
    }
    return list;
  }
}
