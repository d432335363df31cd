package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;

/** {@code States.ArrayContains(array, value)}: whether an item of the array equals the value. */
record StatesArrayContains() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.ArrayContains";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    Object wanted = call.value(1);
    return Args.array(call.value(0), this).stream()
        .anyMatch(item -> Json.valueEquals(item, wanted));
  }
}
