package io.stepwell.engine;

/** What a {@link TaskDispatcher} answered. */
public sealed interface TaskOutcome {
  /** The task returned {@code output}. */
  record Succeeded(Object output) implements TaskOutcome {}

  /** The task failed with an error name and a cause. */
  record Failed(String error, String cause) implements TaskOutcome {}

  /** The answer comes later, through a callback with the task token. */
  record Pending() implements TaskOutcome {}
}
