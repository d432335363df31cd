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
}
