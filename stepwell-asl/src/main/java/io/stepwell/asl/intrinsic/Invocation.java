package io.stepwell.asl.intrinsic;

import io.stepwell.asl.Entropy;
import java.util.List;

/**
 * What a function gets when it is called: the argument values, the arguments as written (for
 * functions that care how a literal was spelled) and the source of randomness.
 */
record Invocation(List<Object> values, List<Argument> arguments, Entropy entropy) {
  int size() {
    return values.size();
  }

  Object value(int index) {
    return values.get(index);
  }
}
