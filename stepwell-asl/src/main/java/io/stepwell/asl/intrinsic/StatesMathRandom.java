package io.stepwell.asl.intrinsic;

import io.stepwell.asl.Entropy;

/**
 * {@code States.MathRandom(start, end[, seed])}: an integer in {@code [start, end)}; fractions are
 * truncated and {@code start} must then be below {@code end}. With a seed the number is the same on
 * every call; without, it comes from the execution's entropy.
 */
record StatesMathRandom() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.MathRandom";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2, 3);
    long start = Args.truncated(call.value(0), this);
    long end = Args.truncated(call.value(1), this);
    Entropy source =
        call.size() == 3 ? Entropy.seeded(Args.truncated(call.value(2), this)) : call.entropy();
    if (start >= end) {
      throw IntrinsicError.invalidArguments(this);
    }
    double span = (double) end - (double) start;
    long offset = Math.min((long) Math.floor(source.nextDouble() * span), end - start - 1);
    return Args.integer(start + offset);
  }
}
