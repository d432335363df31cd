package io.stepwell.asl.intrinsic;

import java.util.ArrayList;

/** {@code States.Array(v, ...)}: its arguments, in order, as an array; none gives {@code []}. */
record StatesArray() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.Array";
  }

  @Override
  public Object apply(Invocation call) {
    return new ArrayList<>(call.values());
  }
}
