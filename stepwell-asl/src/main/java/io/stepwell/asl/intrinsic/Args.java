package io.stepwell.asl.intrinsic;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Argument checks shared by the functions. Every failure is AWS's one "Invalid arguments in
 * States.X": AWS does not say which argument was wrong or why.
 */
final class Args {
  private Args() {}

  static void requireCount(Invocation call, IntrinsicFunction function, int count) {
    requireCount(call, function, count, count);
  }

  static void requireCount(Invocation call, IntrinsicFunction function, int min, int max) {
    if (call.size() < min || call.size() > max) {
      throw IntrinsicError.invalidArguments(function);
    }
  }

  static String string(Object value, IntrinsicFunction function) {
    if (value instanceof String s) {
      return s;
    }
    throw IntrinsicError.invalidArguments(function);
  }

  static List<Object> array(Object value, IntrinsicFunction function) {
    if (value instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> typed = (List<Object>) list;
      return typed;
    }
    throw IntrinsicError.invalidArguments(function);
  }

  static Map<String, Object> object(Object value, IntrinsicFunction function) {
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    }
    throw IntrinsicError.invalidArguments(function);
  }

  /**
   * A number with its fraction dropped, as AWS treats the integer arguments of ArrayRange,
   * ArrayPartition, ArrayGetItem and MathRandom ({@code 2.6} counts as {@code 2}).
   */
  static long truncated(Object value, IntrinsicFunction function) {
    if (!(value instanceof Number n)) {
      throw IntrinsicError.invalidArguments(function);
    }
    if (n instanceof BigInteger big) {
      if (big.bitLength() > 63) {
        throw IntrinsicError.invalidArguments(function);
      }
      return big.longValue();
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw IntrinsicError.invalidArguments(function);
    }
    return n instanceof Double || n instanceof Float ? (long) d : n.longValue();
  }

  /** A JSON integer value: an {@code Integer} where it fits, as the JSON parser would give it. */
  static Number integer(long value) {
    if (value == (int) value) {
      return (int) value;
    }
    return value;
  }
}
