/**
 * Lambda-style functions, knowing nothing of Step Functions: a function's configuration ({@link
 * io.stepwell.functions.FunctionConfig}), the {@link io.stepwell.functions.FunctionHost} that
 * registers functions and invokes them by name with Lambda's semantics (request ids, error
 * documents, {@code X-Amz-Function-Error: Unhandled}, timeouts, reserved concurrency, service
 * errors such as {@code ResourceNotFoundException}), and the {@link
 * io.stepwell.functions.FunctionRuntime} interface through which the host hands a function to the
 * runtime that runs its language.
 *
 * <p>The host owns what is the same for every language (names, limits, concurrency, the shape of an
 * {@link io.stepwell.functions.Invocation}); a runtime owns loading code, running one invocation
 * within its deadline and capturing its logs.
 */
package io.stepwell.functions;
