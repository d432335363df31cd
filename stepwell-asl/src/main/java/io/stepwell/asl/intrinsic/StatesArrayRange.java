package io.stepwell.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code States.ArrayRange(first, last, step)}: {@code first}, {@code first + step}, ... up to and
 * including {@code last}. Fractions are truncated; the step must not be zero; a step pointing away
 * from {@code last} gives {@code []}; more than 1000 items is an error.
 */
record StatesArrayRange() implements IntrinsicFunction {
  private static final int MAX_ITEMS = 1000;

  @Override
  public String name() {
    return "States.ArrayRange";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 3);
    long first = Args.truncated(call.value(0), this);
    long last = Args.truncated(call.value(1), this);
    long step = Args.truncated(call.value(2), this);
    if (step == 0) {
      throw IntrinsicError.invalidArguments(this);
    }
    long count = 0;
    if (step > 0 && first <= last) {
      count = Math.floorDiv(last - first, step) + 1;
    } else if (step < 0 && first >= last) {
      count = Math.floorDiv(first - last, -step) + 1;
    }
    if (count > MAX_ITEMS) {
      throw IntrinsicError.invalidArguments(this);
    }
    List<Object> items = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      items.add(Args.integer(first + i * step));
    }
    return items;
  }
}
