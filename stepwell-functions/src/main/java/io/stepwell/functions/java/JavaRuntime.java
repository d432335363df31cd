package io.stepwell.functions.java;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import java.util.Set;

/**
 * Runs Java functions in this JVM ({@code java21}). A handler is {@code pkg.Class} implementing
 * aws-lambda-java-core's {@code RequestHandler<I, O>} (the event read into {@code I} with Jackson,
 * the {@code O} written back as JSON) or {@code RequestStreamHandler}, or {@code pkg.Class::method}
 * naming a public method that takes {@code ()}, {@code (I)}, {@code (I, Context)}, {@code
 * (Context)}, {@code (InputStream, OutputStream)} or {@code (InputStream, OutputStream, Context)}.
 *
 * <p>Each execution environment loads the code through its own {@link java.net.URLClassLoader}
 * whose parent is the JDK's platform loader plus the shared Lambda API types; an invocation runs on
 * a virtual thread that is interrupted at the timeout. Interrupting is all a JVM can do: a function
 * that ignores interrupts keeps its thread until it returns, but its answer is discarded and its
 * environment closed afterwards.
 *
 * <p>Logs are what the function writes through {@code Context.getLogger()} or {@code
 * LambdaRuntime.getLogger()}; standard output is the host's and is not captured. Environment
 * variables are read through {@link io.stepwell.functions.api.StepwellEnvironment}.
 */
public final class JavaRuntime implements FunctionRuntime {
  /** The runtime identifiers served. */
  public static final Set<String> NAMES = Set.of("java21");

  public JavaRuntime() {
    RuntimeLoggerRoute.install();
  }

  @Override
  public Set<String> runtimeNames() {
    return NAMES;
  }

  @Override
  public DeployedFunction deploy(FunctionSpec spec) {
    return new JavaFunction(spec);
  }
}
