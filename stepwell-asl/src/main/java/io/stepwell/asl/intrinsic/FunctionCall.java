package io.stepwell.asl.intrinsic;

import java.util.List;

/** A call of one intrinsic function, at the top of an expression or nested as an argument. */
record FunctionCall(IntrinsicFunction function, List<Argument> arguments) implements Argument {
  FunctionCall {
    arguments = List.copyOf(arguments);
  }
}
