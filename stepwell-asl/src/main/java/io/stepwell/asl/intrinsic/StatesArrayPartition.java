package io.stepwell.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code States.ArrayPartition(array, size)}: consecutive chunks of {@code size} items, the last
 * one shorter when the items run out. A fractional size is truncated, and must then be positive.
 */
record StatesArrayPartition() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.ArrayPartition";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    List<Object> array = Args.array(call.value(0), this);
    long size = Args.truncated(call.value(1), this);
    if (size <= 0) {
      throw IntrinsicError.invalidArguments(this);
    }
    List<Object> chunks = new ArrayList<>();
    for (long from = 0; from < array.size(); from += size) {
      int to = (int) Math.min(array.size(), from + size);
      chunks.add(new ArrayList<>(array.subList((int) from, to)));
    }
    return chunks;
  }
}
