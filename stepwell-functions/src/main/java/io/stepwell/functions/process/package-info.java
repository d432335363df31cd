/**
 * Functions in any language, run as child processes that speak the Lambda Runtime API: {@link
 * io.stepwell.functions.process.ProcessRuntime} serves {@code nodejs18.x}/{@code 20.x}/{@code
 * 22.x}, {@code python3.9} to {@code python3.13}, {@code provided.al2}/{@code provided.al2023} and
 * (with aws-lambda-java-runtime-interface-client) an isolated {@code java21}.
 *
 * <p>Each execution environment is one process with its own Runtime API endpoint on loopback
 * ({@link io.stepwell.functions.process.RuntimeApiServer}, the JDK's HTTP server on a port of its
 * own, so the port says which process is calling). {@link
 * io.stepwell.functions.process.InvocationChannel} is the Runtime API's state machine between the
 * invoking thread and the process; {@link io.stepwell.functions.process.FunctionInstance} owns the
 * process, its deadline and its output; {@link io.stepwell.functions.process.ProcessFunction} pools
 * warm instances up to the function's concurrency and retires idle ones.
 *
 * <p>Stepwell's own bootstraps for Node.js and Python (resources beside this package, standard
 * library only) mark where each invocation's output begins and ends, so every log line lands in the
 * invocation that wrote it; Lambda's {@code START}, {@code END} and {@code REPORT} lines frame it.
 */
package io.stepwell.functions.process;
