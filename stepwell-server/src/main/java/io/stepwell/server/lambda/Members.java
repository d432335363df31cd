package io.stepwell.server.lambda;

import java.util.Map;

/** Typed reads of a request document's members, refusing wrong JSON types as Lambda does. */
final class Members {
  private Members() {}

  static String string(Map<String, Object> doc, String member) {
    Object v = doc.get(member);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrongType(member, "a string");
  }

  static Integer integer(Map<String, Object> doc, String member) {
    Object v = doc.get(member);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      double d = n.doubleValue();
      if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return n.intValue();
      }
    }
    throw wrongType(member, "an integer");
  }

  static Boolean bool(Map<String, Object> doc, String member) {
    Object v = doc.get(member);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw wrongType(member, "a boolean");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> doc, String member) {
    Object v = doc.get(member);
    if (v == null || v instanceof Map<?, ?>) {
      return (Map<String, Object>) v;
    }
    throw wrongType(member, "an object");
  }

  private static LambdaException wrongType(String member, String type) {
    return LambdaException.invalidContent("'" + member + "' must be " + type + ".");
  }
}
