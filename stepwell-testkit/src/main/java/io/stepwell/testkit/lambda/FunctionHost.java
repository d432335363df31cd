package io.stepwell.testkit.lambda;

/**
 * Runs functions by name, as Lambda's {@code Invoke} API does: a payload in, a payload (or a
 * function error) out. The in-memory {@link TestFunctionHost} implements it for tests; the engine's
 * real function host can take its place behind the same interface.
 */
public interface FunctionHost {
  /**
   * Invokes a function synchronously.
   *
   * @param functionName the function's name (no ARN, no qualifier)
   * @param payload the request body, JSON text
   * @return what the function answered, or that there is no such function
   */
  Invocation invoke(String functionName, String payload);

  /**
   * Invokes a function synchronously, waiting at most {@code patience} (Step Functions' {@code
   * TimeoutSeconds}) for the answer. A host that answers on the virtual clock reports how long the
   * function took and lets the caller compare; one that runs real code stops waiting and answers
   * {@link Invocation.Abandoned}.
   *
   * @param patience how long the caller waits, or {@code null} for as long as it takes
   */
  default Invocation invoke(String functionName, String payload, java.time.Duration patience) {
    return invoke(functionName, payload);
  }
}
