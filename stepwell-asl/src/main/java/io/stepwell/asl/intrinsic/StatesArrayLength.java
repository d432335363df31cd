package io.stepwell.asl.intrinsic;

/** {@code States.ArrayLength(array)}: the number of items. */
record StatesArrayLength() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.ArrayLength";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    return Args.array(call.value(0), this).size();
  }
}
