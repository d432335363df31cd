package io.stepwell.asl.validate;

import io.stepwell.asl.path.JsonPathExpr;
import java.math.BigInteger;

/** Predicates on plain JSON values. */
final class Values {
  private Values() {}

  static boolean isInteger(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof BigInteger;
  }

  /** A JSONata expression string: {@code {% ... %}}. */
  static boolean isJsonata(Object v) {
    return v instanceof String s && s.startsWith("{%") && s.endsWith("%}") && s.length() >= 4;
  }

  /** A string that opens a JSONata expression but does not close it. */
  static boolean isBrokenJsonata(Object v) {
    return v instanceof String s && s.startsWith("{%") && !isJsonata(s);
  }

  static boolean isPathOrIntrinsic(Object v) {
    if (!(v instanceof String s)) {
      return false;
    }
    return IntrinsicSyntax.looksLikeCall(s) ? IntrinsicSyntax.isValidCall(s) : isPath(s);
  }

  /** Whether the text is a JSONPath that reads a variable ({@code $name...}). */
  static boolean isVariablePath(String text) {
    try {
      return JsonPathExpr.compile(text).root() == JsonPathExpr.Root.VARIABLE;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether the text compiles as a JSONPath; a compiler failure of any kind means it does not. */
  static boolean isPath(String text) {
    try {
      JsonPathExpr.compile(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
