package io.stepwell.asl.jsonata;

import java.util.List;

/**
 * {@code $random([seed])}: a number in {@code [0, 1)}. Unseeded it comes from the execution's
 * entropy, so a replay draws the same; with a seed (rounded towards zero) it is the same number on
 * every call, the one AWS returns for that seed.
 */
final class RandomFunction implements AddedFunction {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public String signature() {
    return "<x?x?:x>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    AddedFunction.rejectArgumentsFrom(arguments, 1, name());
    Object seed = AddedFunction.argument(arguments, 0);
    if (seed == null) {
      return invocation.entropy().nextDouble();
    }
    return SeededRandom.firstDouble(AddedFunction.integer(seed, name(), 1));
  }
}
