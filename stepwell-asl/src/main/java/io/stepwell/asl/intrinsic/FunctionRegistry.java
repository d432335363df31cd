package io.stepwell.asl.intrinsic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The eighteen functions by name. */
final class FunctionRegistry {
  private static final Map<String, IntrinsicFunction> BY_NAME =
      List.<IntrinsicFunction>of(
              new StatesFormat(),
              new StatesStringToJson(),
              new StatesJsonToString(),
              new StatesArray(),
              new StatesArrayPartition(),
              new StatesArrayContains(),
              new StatesArrayRange(),
              new StatesArrayGetItem(),
              new StatesArrayLength(),
              new StatesArrayUnique(),
              new StatesBase64Encode(),
              new StatesBase64Decode(),
              new StatesHash(),
              new StatesJsonMerge(),
              new StatesMathRandom(),
              new StatesMathAdd(),
              new StatesStringSplit(),
              new StatesUuid())
          .stream()
          .collect(Collectors.toUnmodifiableMap(IntrinsicFunction::name, Function.identity()));

  private FunctionRegistry() {}

  /** The function of that name ({@code States.Format}), or {@code null}. */
  static IntrinsicFunction byName(String name) {
    return BY_NAME.get(name);
  }
}
