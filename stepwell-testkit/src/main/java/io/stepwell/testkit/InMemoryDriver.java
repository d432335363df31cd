package io.stepwell.testkit;

/**
 * Runs one execution to its end in memory, on a virtual clock: waits and task durations advance the
 * clock instead of sleeping.
 */
public final class InMemoryDriver {
  private final TaskHandler tasks;

  public InMemoryDriver(TaskHandler tasks) {
    this.tasks = tasks;
  }

  /**
   * Runs the request to its end.
   *
   * @throws io.stepwell.asl.validate.InvalidDefinitionException when the definition is not valid
   */
  public ExecutionResult run(RunRequest request) {
    throw new UnsupportedOperationException("not yet: " + tasks + request);
  }
}
