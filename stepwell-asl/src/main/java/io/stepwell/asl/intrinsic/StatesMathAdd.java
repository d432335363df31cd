package io.stepwell.asl.intrinsic;

import java.math.BigInteger;

/**
 * {@code States.MathAdd(a, b)}: the sum of two numbers, each first rounded to the nearest integer
 * (halves toward positive infinity: {@code 2.5} is 3, {@code -2.5} is -2). Operands and sum must be
 * 32-bit integers.
 */
record StatesMathAdd() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.MathAdd";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    long sum = rounded(call.value(0)) + rounded(call.value(1));
    if (sum != (int) sum) {
      throw IntrinsicError.invalidArguments(this);
    }
    return (int) sum;
  }

  private long rounded(Object value) {
    if (!(value instanceof Number n) || n instanceof BigInteger) {
      throw IntrinsicError.invalidArguments(this);
    }
    long rounded =
        n instanceof Double || n instanceof Float ? Math.round(n.doubleValue()) : n.longValue();
    if (rounded != (int) rounded) {
      throw IntrinsicError.invalidArguments(this);
    }
    return rounded;
  }
}
