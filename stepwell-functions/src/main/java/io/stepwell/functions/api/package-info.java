/**
 * The one class of Stepwell that in-process Java functions may call: {@link
 * io.stepwell.functions.api.StepwellEnvironment}, a function's environment variables. The Java
 * runtime shares {@code StepwellEnvironment} with every function's class loader, as it shares
 * aws-lambda-java-core; {@link io.stepwell.functions.api.EnvironmentBinding} is the runtime's side
 * and is not visible to functions.
 */
package io.stepwell.functions.api;
