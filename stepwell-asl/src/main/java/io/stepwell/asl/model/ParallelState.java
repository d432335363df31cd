package io.stepwell.asl.model;

import java.util.List;

/** {@code "Type": "Parallel"}: runs every branch on the same input; the result is their outputs. */
public record ParallelState(
    String name,
    String next,
    IoPath inputPath,
    IoPath outputPath,
    List<StateMachine> branches,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    ResultPath resultPath,
    ErrorHandling errorHandling,
    PayloadTemplate assign,
    JsonataFields jsonata)
    implements State {
  public ParallelState {
    branches = List.copyOf(branches);
  }

  @Override
  public String typeName() {
    return "Parallel";
  }
}
