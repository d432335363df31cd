/**
 * The in-process Java runtime ({@code java21}): {@link io.stepwell.functions.java.JavaRuntime}
 * loads each function into its own class loaders (one per execution environment, as Lambda gives
 * each environment its own JVM), resolves the handler as Lambda's Java runtime does ({@code
 * RequestHandler}, {@code RequestStreamHandler}, {@code Class::method}), runs each invocation on a
 * virtual thread under its timeout, and turns exceptions into Lambda's Java error document.
 *
 * <p>Function code sees only the JDK's platform classes, aws-lambda-java-core's {@code
 * com.amazonaws.services.lambda.runtime} types (shared from the host, so {@code Context} and {@code
 * RequestHandler} are the same classes on both sides) and {@link
 * io.stepwell.functions.api.StepwellEnvironment}; everything else comes from its own code.
 */
package io.stepwell.functions.java;
