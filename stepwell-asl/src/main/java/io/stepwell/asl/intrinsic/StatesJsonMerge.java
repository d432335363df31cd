package io.stepwell.asl.intrinsic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code States.JsonMerge(a, b, false)}: a shallow merge of two objects, {@code b}'s value winning
 * for a key both have. AWS supports only the shallow mode, so the flag must be {@code false}.
 */
record StatesJsonMerge() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.JsonMerge";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 3);
    Map<String, Object> first = Args.object(call.value(0), this);
    Map<String, Object> second = Args.object(call.value(1), this);
    if (!Boolean.FALSE.equals(call.value(2))) {
      throw IntrinsicError.invalidArguments(this);
    }
    Map<String, Object> merged = new LinkedHashMap<>(first);
    merged.putAll(second);
    return merged;
  }
}
