package io.stepwell.asl.distributed;

import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shape checks shared by the definition parsers of this package; they throw {@link
 * IllegalArgumentException}.
 */
final class Fields {
  private Fields() {}

  static Map<String, Object> object(Object value, String what) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + " must be a JSON object");
    }
    return Json.asObject(value);
  }

  static void onlyKnown(Map<String, Object> object, String what, Set<String> known) {
    for (String field : object.keySet()) {
      if (!known.contains(field)) {
        throw new IllegalArgumentException(what + " has an unknown field: " + field);
      }
    }
  }

  static String string(Map<String, Object> object, String field, String what) {
    Object value = object.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(what + "." + field + " must be a string");
    }
    return text;
  }

  static <E extends Enum<E>> E choice(
      Map<String, Object> object, String field, String what, Class<E> type, E absent) {
    String text = string(object, field, what);
    if (text == null) {
      return absent;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        what + "." + field + " must be one of " + List.of(type.getEnumConstants()) + ": " + text);
  }

  /** True for a JSONata expression string, {@code {% ... %}}. */
  static boolean isJsonata(Object value) {
    return value instanceof String s && s.startsWith("{%") && s.endsWith("%}");
  }

  /**
   * A count field: an integer within [min, max] or a JSONata string, kept as written; {@code null}
   * when absent.
   */
  static Object count(Map<String, Object> object, String field, String what, long min, long max) {
    Object value = object.get(field);
    if (value == null || isJsonata(value)) {
      return value;
    }
    if (!(value instanceof Number n) || !Json.isIntegral(n)) {
      throw new IllegalArgumentException(what + "." + field + " must be an integer");
    }
    long v = n.longValue();
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          what + "." + field + " must be between " + min + " and " + max + ": " + v);
    }
    return value;
  }

  static void notBoth(Map<String, Object> object, String a, String b, String what) {
    if (object.containsKey(a) && object.containsKey(b)) {
      throw new IllegalArgumentException(what + " must not have both " + a + " and " + b);
    }
  }
}
