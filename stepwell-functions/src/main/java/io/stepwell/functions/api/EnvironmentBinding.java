package io.stepwell.functions.api;

import java.util.Map;

/**
 * The runtime's side of {@link StepwellEnvironment}: binds a function's variables to the current
 * thread (and threads it starts) for the duration of a block. Not shared with functions.
 */
public final class EnvironmentBinding implements AutoCloseable {
  private final Map<String, String> previous;

  private EnvironmentBinding(Map<String, String> previous) {
    this.previous = previous;
  }

  /**
   * Makes {@code variables} the current thread's environment until {@link #close()}, which brings
   * back what was bound before.
   */
  public static EnvironmentBinding bind(Map<String, String> variables) {
    EnvironmentBinding binding = new EnvironmentBinding(StepwellEnvironment.bound());
    StepwellEnvironment.bind(Map.copyOf(variables));
    return binding;
  }

  @Override
  public void close() {
    StepwellEnvironment.bind(previous);
  }
}
