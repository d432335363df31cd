package io.stepwell.asl.jsonata;

import java.util.List;

/**
 * A function bound into every evaluation under its name: one of the six AWS adds to JSONata, or a
 * standard one whose result Stepwell must draw from the execution's entropy or clock instead of the
 * JVM's so that a replay gives the same result.
 */
interface AddedFunction {
  /** The name without the {@code $}. */
  String name();

  /**
   * The dashjoin signature. AWS's functions declare one optional slot more than they take, so that
   * a surplus argument reaches {@link #apply} and fails with AWS's own message.
   */
  String signature();

  /**
   * Applies the function to its arguments (Java {@code null} for an absent one, JSONata's null
   * marker for JSON {@code null}); returns a JSONata value, {@code null} for "nothing".
   */
  Object apply(List<?> arguments, Invocation invocation);

  /** The argument at {@code index}, or {@code null} when the call passed fewer. */
  static Object argument(List<?> arguments, int index) {
    return index < arguments.size() ? arguments.get(index) : null;
  }

  /** Fails when the call passed an argument at {@code index} (0-based) or beyond. */
  static void rejectArgumentsFrom(List<?> arguments, int index, String function) {
    for (int i = index; i < arguments.size(); i++) {
      if (arguments.get(i) != null) {
        throw AddedFunctionError.signature(function, i + 1);
      }
    }
  }

  /**
   * A numeric argument rounded towards zero, as AWS rounds a fraction: -1.7 is -1.
   *
   * @throws AddedFunctionError a signature error when the argument is not a number
   */
  static long integer(Object argument, String function, int position) {
    if (!(argument instanceof Number number) || Double.isNaN(number.doubleValue())) {
      throw AddedFunctionError.signature(function, position);
    }
    return number instanceof Long || number instanceof Integer
        ? number.longValue()
        : (long) number.doubleValue();
  }
}
