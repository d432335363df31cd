package io.stepwell.functions;

import java.util.Set;

/**
 * Runs the functions of one language. The {@link FunctionHost} picks a runtime by the function's
 * {@link FunctionConfig#runtime() runtime} identifier and hands it the function once, at
 * registration; the runtime answers with a {@link DeployedFunction} that runs invocations.
 *
 * <p>A runtime owns everything language-specific: loading the code, finding the handler, running
 * one invocation within its deadline, turning the function's failures into Lambda's error document
 * and capturing the function's logs. In-process runtimes (Java) and runtimes that start child
 * processes speaking the Lambda Runtime API (Node.js, Python) fit the same shape.
 */
public interface FunctionRuntime extends AutoCloseable {
  /** The runtime identifiers this runtime serves, as Lambda names them, e.g. {@code java21}. */
  Set<String> runtimeNames();

  /**
   * Prepares a function: loads its code, resolves its handler and initialises it (Lambda's init
   * phase), so a bad configuration fails here rather than at the first invocation.
   *
   * @throws InvalidFunctionException when the code or the handler cannot be loaded; the message
   *     says what is wrong in the function author's terms
   */
  DeployedFunction deploy(FunctionSpec spec);

  /** Releases what the runtime holds for all its functions. */
  @Override
  default void close() {}
}
