package io.stepwell.asl.jsonata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JSONata's {@code $shuffle(array)}, drawing from the execution's entropy rather than the JVM's
 * random numbers so that a replay shuffles the same way.
 */
final class ShuffleFunction implements AddedFunction {
  @Override
  public String name() {
    return "shuffle";
  }

  @Override
  public String signature() {
    return "<a:a>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    if (!(AddedFunction.argument(arguments, 0) instanceof List<?> array)) {
      return null;
    }
    List<Object> shuffled = new ArrayList<>(array);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = (int) Math.min(i, Math.floor(invocation.entropy().nextDouble() * (i + 1)));
      Collections.swap(shuffled, i, j);
    }
    return shuffled;
  }
}
