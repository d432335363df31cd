package io.stepwell.functions;

/**
 * A function a {@link FunctionRuntime} has prepared. The host calls {@link #invoke} from many
 * threads at once (up to the function's reserved concurrency) and {@link #close} once, when the
 * function is unregistered; invocations still running may finish after that.
 */
public interface DeployedFunction extends AutoCloseable {
  /**
   * Runs one invocation and answers by its deadline: when the function has not finished after
   * {@link RuntimeRequest#timeout()}, the runtime stops waiting, stops the function as well as it
   * can (interrupting a thread, killing a process) and answers {@link RuntimeOutcome.TimedOut}.
   * Failures of the function are outcomes, not exceptions.
   */
  RuntimeOutcome invoke(RuntimeRequest request);

  /** Releases the function's resources (class loaders, processes). */
  @Override
  void close();
}
