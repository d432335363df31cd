package io.stepwell.functions.api;

import java.util.Map;

/**
 * A function's environment variables, for Java functions that run in-process.
 *
 * <p>Java cannot give one thread a different {@link System#getenv()} than another, and functions
 * sharing one JVM cannot each have their own process environment. So a Java function reads its
 * variables here: inside a Stepwell invocation (and in the handler's static initialisers and
 * constructor) this answers the function's configured variables plus the ones Lambda sets ({@code
 * AWS_LAMBDA_FUNCTION_NAME}, {@code AWS_REGION}, ...); anywhere else, including on AWS Lambda
 * itself, it answers {@link System#getenv}. Code that calls {@code StepwellEnvironment.getenv}
 * therefore runs unchanged on Lambda. Threads the function starts see the variables of the
 * invocation that started them.
 *
 * <p>System properties were the other choice and were rejected: they are one map for the whole JVM,
 * so two functions with different values for the same name would see each other's.
 */
public final class StepwellEnvironment {
  private static final InheritableThreadLocal<Map<String, String>> BOUND =
      new InheritableThreadLocal<>();

  private StepwellEnvironment() {}

  /** The value of variable {@code name}, or {@code null} when it is not set. */
  public static String getenv(String name) {
    Map<String, String> bound = BOUND.get();
    return bound != null ? bound.get(name) : System.getenv(name);
  }

  /** All the variables, unmodifiable. */
  public static Map<String, String> getenv() {
    Map<String, String> bound = BOUND.get();
    return bound != null ? bound : System.getenv();
  }

  static Map<String, String> bound() {
    return BOUND.get();
  }

  static void bind(Map<String, String> variables) {
    if (variables == null) {
      BOUND.remove();
    } else {
      BOUND.set(variables);
    }
  }
}
