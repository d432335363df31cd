package io.stepwell.asl.intrinsic;

/** {@code States.UUID()}: a random version-4 UUID from the execution's entropy. */
record StatesUuid() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.UUID";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 0);
    return call.entropy().uuid();
  }
}
