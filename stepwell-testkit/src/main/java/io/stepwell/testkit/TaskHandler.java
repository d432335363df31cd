package io.stepwell.testkit;

/** Answers the Task states of an in-memory run. */
@FunctionalInterface
public interface TaskHandler {
  /** Carries out one task invocation; exceptions are not expected, failures are results. */
  TaskResult invoke(TaskRequest request);
}
