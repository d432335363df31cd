package io.stepwell.testkit.lambda;

import java.time.Duration;

/**
 * Runs the code of a {@link TestFunction} for a {@link TestFunctionHost}, once the host has found
 * the function and checked the payload: the Java reproduction ({@link #REPRODUCTIONS}), or the real
 * Python file in a process ({@link PythonTestFunctions}).
 */
public interface TestFunctionRunner {
  /** The Java reproductions of the Python functions, on the virtual clock. */
  TestFunctionRunner REPRODUCTIONS =
      (function, event, payload, requestId, patience) -> {
        TestFunction.Reply reply = function.handle(event, requestId);
        return new Invocation.Completed(
            requestId, reply.payload(), reply.functionError(), reply.took());
      };

  /**
   * Runs one invocation.
   *
   * @param function the function to run
   * @param event the payload, parsed ({@code {}} for an empty payload)
   * @param payload the payload as JSON text ({@code {}} for an empty payload)
   * @param requestId the id the function sees as its request id
   * @param patience how long the caller waits for the answer, or {@code null} for as long as it
   *     takes
   */
  Invocation run(
      TestFunction function, Object event, String payload, String requestId, Duration patience);
}
