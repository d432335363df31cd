package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import java.lang.reflect.Field;

/**
 * Makes {@link LambdaRuntime#getLogger()} write to the current invocation's log, as Lambda's Java
 * runtime points it at its own logger. {@code LambdaRuntime} is one class shared by every function,
 * so its logger is a router that looks up the invocation running on the calling thread (or the
 * thread that started it) and falls back to the library's own logger (standard output) elsewhere.
 */
final class RuntimeLoggerRoute implements LambdaLogger {
  private static final InheritableThreadLocal<InvocationLog> CURRENT =
      new InheritableThreadLocal<>();
  private static final Object LOCK = new Object();
  private static boolean installed;

  private final LambdaLogger fallback;

  private RuntimeLoggerRoute(LambdaLogger fallback) {
    this.fallback = fallback;
  }

  /** Points {@code LambdaRuntime}'s logger at the router, once per JVM. */
  static void install() {
    synchronized (LOCK) {
      if (installed) {
        return;
      }
      installed = true;
      try {
        Field field = LambdaRuntime.class.getDeclaredField("logger");
        field.setAccessible(true);
        field.set(null, new RuntimeLoggerRoute(LambdaRuntime.getLogger()));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // A different aws-lambda-java-core without that field: LambdaRuntime.getLogger() then
        // keeps writing to standard output, and Context.getLogger() still records.
      }
    }
  }

  /** Routes this thread (and threads it starts) to {@code log}; {@code null} stops routing. */
  static void route(InvocationLog log) {
    if (log == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(log);
    }
  }

  @Override
  public void log(String message) {
    InvocationLog log = CURRENT.get();
    if (log != null) {
      log.log(message);
    } else {
      fallback.log(message);
    }
  }

  @Override
  public void log(byte[] message) {
    InvocationLog log = CURRENT.get();
    if (log != null) {
      log.log(message);
    } else {
      fallback.log(message);
    }
  }
}
