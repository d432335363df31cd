package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;

/**
 * {@code States.StringToJson(text)}: the JSON value the text holds. AWS reads empty (or blank) text
 * as {@code null}; text that is not JSON is an error.
 */
record StatesStringToJson() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.StringToJson";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    String text = Args.string(call.value(0), this);
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw IntrinsicError.invalidArguments(this);
    }
  }
}
