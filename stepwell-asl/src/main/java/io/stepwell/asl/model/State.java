package io.stepwell.asl.model;

/** One state of a state machine: one record per ASL state type. */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {
  /** The state's name, its key under {@code States}. */
  String name();

  /** The next state's name, or {@code null} for a terminal state. */
  String next();

  /** The type as AWS names it in history events, e.g. {@code Pass}. */
  String typeName();

  /** InputPath. */
  IoPath inputPath();

  /** OutputPath. */
  IoPath outputPath();

  /** The state's JSONata-mode fields, or {@code null} for a JSONPath state. */
  JsonataFields jsonata();
}
