package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading request members, and DynamoDB's member constraint messages ({@code 1 validation error
 * detected: Value null at 'item' failed to satisfy constraint: Member must not be null}).
 */
final class Requests {
  private Requests() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String member) {
    if (!(value instanceof Map<?, ?> m)) {
      throw DynamoErrors.serialization("Unexpected value type in payload: " + member);
    }
    return (Map<String, Object>) m;
  }

  static List<?> list(Object value, String member) {
    if (!(value instanceof List<?> l)) {
      throw DynamoErrors.serialization("Unexpected value type in payload: " + member);
    }
    return l;
  }

  static String string(Object value, String member) {
    if (!(value instanceof String s)) {
      throw DynamoErrors.serialization("Unexpected value type in payload: " + member);
    }
    return s;
  }

  static String optionalString(Map<String, Object> request, String member) {
    Object value = request.get(member);
    return value == null ? null : string(value, member);
  }

  static Integer optionalInt(Map<String, Object> request, String member) {
    Object value = request.get(member);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n)) {
      throw DynamoErrors.serialization("Unexpected value type in payload: " + member);
    }
    return n.intValue();
  }

  static boolean flag(Map<String, Object> request, String member, boolean otherwise) {
    Object value = request.get(member);
    if (value == null) {
      return otherwise;
    }
    if (!(value instanceof Boolean b)) {
      throw DynamoErrors.serialization("Unexpected value type in payload: " + member);
    }
    return b;
  }

  /**
   * Refuses the members of DynamoDB's legacy (pre-expression) API, which Stepwell does not serve.
   */
  static void refuseLegacy(Map<String, Object> request, String... members) {
    for (String member : members) {
      if (request.get(member) != null) {
        throw DynamoErrors.validation(
            "Stepwell does not support the legacy parameter "
                + member
                + "; use expressions instead");
      }
    }
  }

  /** Starts checking a request's members; {@link Check#done} reports what failed. */
  static Check check(Map<String, Object> request) {
    return new Check(request);
  }

  /** Member constraints, collected and reported together as DynamoDB does. */
  static final class Check {
    private final Map<String, Object> request;
    private final List<String> errors = new ArrayList<>();

    private Check(Map<String, Object> request) {
      this.request = request;
    }

    Check notNull(String member) {
      if (request.get(member) == null) {
        fail("null", member, "Member must not be null");
      }
      return this;
    }

    Check tableName(String member) {
      Object value = request.get(member);
      if (value == null) {
        return notNull(member);
      }
      String name = string(value, member);
      if (!name.matches("[a-zA-Z0-9_.-]+")) {
        fail(
            "'" + name + "'",
            member,
            "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
      }
      if (name.length() < 3) {
        fail("'" + name + "'", member, "Member must have length greater than or equal to 3");
      }
      if (name.length() > 255) {
        fail("'" + name + "'", member, "Member must have length less than or equal to 255");
      }
      return this;
    }

    Check oneOf(String member, List<String> values) {
      Object value = request.get(member);
      if (value != null && !values.contains(value)) {
        fail(
            "'" + value + "'",
            member,
            "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
      }
      return this;
    }

    Check atLeast(String member, long min) {
      Integer value = optionalInt(request, member);
      if (value != null && value < min) {
        fail("'" + value + "'", member, "Member must have value greater than or equal to " + min);
      }
      return this;
    }

    private void fail(String value, String member, String constraint) {
      errors.add(
          "Value "
              + value
              + " at '"
              + Character.toLowerCase(member.charAt(0))
              + member.substring(1)
              + "' failed to satisfy constraint: "
              + constraint);
    }

    void done() {
      if (!errors.isEmpty()) {
        throw DynamoErrors.validation(
            errors.size()
                + " validation error"
                + (errors.size() > 1 ? "s" : "")
                + " detected: "
                + String.join("; ", errors));
      }
    }
  }
}
