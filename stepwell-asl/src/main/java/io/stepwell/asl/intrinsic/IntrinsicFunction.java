package io.stepwell.asl.intrinsic;

/** One of the eighteen {@code States.*} functions. */
sealed interface IntrinsicFunction
    permits StatesFormat,
        StatesStringToJson,
        StatesJsonToString,
        StatesArray,
        StatesArrayPartition,
        StatesArrayContains,
        StatesArrayRange,
        StatesArrayGetItem,
        StatesArrayLength,
        StatesArrayUnique,
        StatesBase64Encode,
        StatesBase64Decode,
        StatesHash,
        StatesJsonMerge,
        StatesMathRandom,
        StatesMathAdd,
        StatesStringSplit,
        StatesUuid {

  /** The name as written in a definition, e.g. {@code States.Format}. */
  String name();

  /**
   * Computes the result from the evaluated arguments.
   *
   * @throws IntrinsicError when the arguments are not what the function accepts
   */
  Object apply(Invocation call);
}
