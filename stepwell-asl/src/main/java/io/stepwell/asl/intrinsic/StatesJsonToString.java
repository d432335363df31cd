package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;

/** {@code States.JsonToString(value)}: the value as compact JSON text. */
record StatesJsonToString() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.JsonToString";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    return Json.write(call.value(0));
  }
}
