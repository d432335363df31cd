package io.stepwell.functions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a function is set up, as Lambda's {@code CreateFunction} describes it. The constructor checks
 * every rule and throws {@link InvalidFunctionException} naming the field and the rule; whether the
 * runtime exists and the code and handler load is checked when the function is registered.
 *
 * @param name 1 to 64 letters, digits, hyphens or underscores
 * @param runtime Lambda's runtime identifier: {@code java21} (later {@code nodejs20.x}, {@code
 *     python3.12})
 * @param handler what the runtime calls, in the runtime's notation; for Java {@code pkg.Class} (a
 *     {@code RequestHandler} or {@code RequestStreamHandler}) or {@code pkg.Class::method}
 * @param code where the code is: for Java a jar file, or a classes directory (whose {@code lib/}
 *     jars, if any, are added as Lambda's deployment packages lay them out)
 * @param timeout how long one invocation may run, more than zero and at most 900 seconds (Lambda
 *     allows whole seconds only; finer values are accepted here for tests)
 * @param memoryMb 128 to 10240; informational: reported to the function, not enforced
 * @param environment the function's environment variables; keys match {@code
 *     [a-zA-Z][a-zA-Z0-9_]+}, Lambda's reserved keys are refused, and keys plus values take at most
 *     4 KB
 * @param reservedConcurrency how many invocations may run at once; 0 means no limit (note: on AWS,
 *     a reserved concurrency of 0 throttles every invocation)
 */
public record FunctionConfig(
    String name,
    String runtime,
    String handler,
    Path code,
    Duration timeout,
    int memoryMb,
    Map<String, String> environment,
    int reservedConcurrency) {

  /** Lambda's default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

  /** Lambda's default memory size. */
  public static final int DEFAULT_MEMORY_MB = 128;

  /** The Java 21 runtime identifier. */
  public static final String JAVA_21 = "java21";

  /** Environment keys Lambda sets itself and refuses in a function's configuration. */
  public static final java.util.Set<String> RESERVED_ENVIRONMENT_KEYS = ConfigRules.RESERVED_KEYS;

  public FunctionConfig {
    ConfigRules.requireName(name);
    ConfigRules.requireRuntime(name, runtime);
    ConfigRules.requireHandler(name, handler);
    if (code == null) {
      throw new InvalidFunctionException("Function " + name + " needs a code location.");
    }
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    ConfigRules.requireTimeout(name, timeout);
    ConfigRules.requireMemory(name, memoryMb);
    environment =
        environment == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    ConfigRules.requireEnvironment(name, environment);
    if (reservedConcurrency < 0) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": reserved concurrency must be 0 (no limit) or more, not "
              + reservedConcurrency
              + ".");
    }
  }

  /**
   * A function with Lambda's defaults: 3 second timeout, 128 MB, no environment variables, no
   * concurrency limit.
   */
  public static FunctionConfig of(String name, String runtime, String handler, Path code) {
    return new FunctionConfig(
        name, runtime, handler, code, DEFAULT_TIMEOUT, DEFAULT_MEMORY_MB, Map.of(), 0);
  }

  /** A Java 21 function with Lambda's defaults. */
  public static FunctionConfig java21(String name, String handler, Path code) {
    return of(name, JAVA_21, handler, code);
  }

  public FunctionConfig withTimeout(Duration value) {
    return new FunctionConfig(
        name, runtime, handler, code, value, memoryMb, environment, reservedConcurrency);
  }

  public FunctionConfig withMemoryMb(int value) {
    return new FunctionConfig(
        name, runtime, handler, code, timeout, value, environment, reservedConcurrency);
  }

  public FunctionConfig withEnvironment(Map<String, String> value) {
    return new FunctionConfig(
        name, runtime, handler, code, timeout, memoryMb, value, reservedConcurrency);
  }

  public FunctionConfig withReservedConcurrency(int value) {
    return new FunctionConfig(name, runtime, handler, code, timeout, memoryMb, environment, value);
  }
}
