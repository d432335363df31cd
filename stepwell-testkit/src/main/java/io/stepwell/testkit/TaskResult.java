package io.stepwell.testkit;

import java.time.Duration;

/** What a task answered, and how long (on the virtual clock) it took to answer. */
public sealed interface TaskResult {
  Duration after();

  /** The task returned {@code output}. */
  record Succeeded(Object output, Duration after) implements TaskResult {
    public Succeeded(Object output) {
      this(output, Duration.ZERO);
    }
  }

  /** The task failed with an error name and a cause. */
  record Failed(String error, String cause, Duration after) implements TaskResult {
    public Failed(String error, String cause) {
      this(error, cause, Duration.ZERO);
    }
  }
}
