package io.stepwell.asl.intrinsic;

import java.util.List;

/**
 * {@code States.ArrayGetItem(array, index)}: the item at a zero-based index (a fraction is
 * truncated); an index outside the array is an error.
 */
record StatesArrayGetItem() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.ArrayGetItem";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    List<Object> array = Args.array(call.value(0), this);
    long index = Args.truncated(call.value(1), this);
    if (index < 0 || index >= array.size()) {
      throw IntrinsicError.invalidArguments(this);
    }
    return array.get((int) index);
  }
}
