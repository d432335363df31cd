package io.stepwell.server.sfn;

import io.stepwell.server.AwsException;
import java.util.List;
import java.util.Map;

/**
 * A request body with AWS's checks on its members: a member of the wrong JSON type is a {@code
 * SerializationException}, a missing required one or one breaking a length or range limit a {@code
 * ValidationException}, in the words AWS uses.
 */
record Req(Map<String, Object> body) {

  /** An optional string member. */
  String string(String member) {
    Object v = body.get(member);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new AwsException(
          "SerializationException", "STRING_VALUE can not be converted to a String");
    }
    return s;
  }

  /** A required string member. */
  String required(String member) {
    String s = string(member);
    if (s == null) {
      throw AwsException.missing(member);
    }
    return s;
  }

  /** A string member no longer than {@code max} characters (AWS names the value unless secret). */
  String string(String member, int max, boolean sensitive) {
    String s = string(member);
    if (s != null && s.length() > max) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value "
              + (sensitive ? "" : "'" + s + "' ")
              + "at '"
              + member
              + "' failed to satisfy constraint: Member must have length less than or equal to "
              + max);
    }
    return s;
  }

  /** An optional integer member. */
  Integer integer(String member) {
    Object v = body.get(member);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new AwsException(
          "SerializationException", "NUMBER_VALUE can not be converted to an Integer");
    }
    return n.intValue();
  }

  /** An optional boolean member, {@code false} when absent. */
  boolean flag(String member) {
    Object v = body.get(member);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean b)) {
      throw new AwsException(
          "SerializationException", "BOOLEAN_VALUE can not be converted to a Boolean");
    }
    return b;
  }

  /** An optional boolean member, {@code null} when absent. */
  Boolean bool(String member) {
    return body.get(member) == null ? null : flag(member);
  }

  /** An optional structure member. */
  @SuppressWarnings("unchecked")
  Map<String, Object> object(String member) {
    Object v = body.get(member);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new AwsException(
          "SerializationException", "Start of structure or map found where not expected.");
    }
    return (Map<String, Object>) m;
  }

  /** An optional list member. */
  @SuppressWarnings("unchecked")
  List<Object> list(String member) {
    Object v = body.get(member);
    if (v == null) {
      return null;
    }
    if (!(v instanceof List<?> l)) {
      throw new AwsException("SerializationException", "Start of list found where not expected");
    }
    return (List<Object>) l;
  }

  /** An optional member that must be one of {@code values}, as AWS's enum check words it. */
  String oneOf(String member, List<String> values) {
    String s = string(member);
    if (s != null && !values.contains(s)) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value '"
              + s
              + "' at '"
              + member
              + "' failed to satisfy constraint: Member must satisfy enum value set: "
              + values);
    }
    return s;
  }
}
