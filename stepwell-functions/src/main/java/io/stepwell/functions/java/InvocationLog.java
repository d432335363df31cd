package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LambdaLogger} of one invocation: keeps each log call as one entry, as Lambda's Java
 * runtime sends each call to CloudWatch as one event. Once the invocation is answered the log is
 * sealed, and a function still running after its timeout writes into nothing.
 */
final class InvocationLog implements LambdaLogger {
  private final List<String> entries = new ArrayList<>();
  private boolean sealed;

  @Override
  public synchronized void log(String message) {
    if (!sealed) {
      entries.add(String.valueOf(message));
    }
  }

  @Override
  public void log(byte[] message) {
    log(new String(message, StandardCharsets.UTF_8));
  }

  /** Stops recording and answers what was recorded; later calls answer the same. */
  synchronized List<String> seal() {
    sealed = true;
    return List.copyOf(entries);
  }
}
