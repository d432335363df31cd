package io.stepwell.functions.process;

import io.stepwell.functions.FunctionSpec;
import java.util.Locale;

/** The lines Lambda itself writes around each invocation's output. */
final class ReportLines {
  private ReportLines() {}

  static String start(String requestId) {
    return "START RequestId: " + requestId + " Version: " + FunctionSpec.VERSION;
  }

  static String end(String requestId) {
    return "END RequestId: " + requestId;
  }

  /**
   * Lambda's {@code REPORT} line, fields separated by tabs.
   *
   * @param initNanos the init phase of a cold start, or 0 for a warm one
   * @param status {@code null} for an invocation that ran to its answer, else {@code timeout} or
   *     {@code error}
   * @param errorType with status {@code error}, what went wrong (e.g. {@code Runtime.ExitError})
   */
  static String report(
      String requestId,
      long durationNanos,
      long initNanos,
      int memorySizeMb,
      long maxMemoryUsedMb,
      String status,
      String errorType) {
    StringBuilder line = new StringBuilder("REPORT RequestId: ").append(requestId);
    line.append("\tDuration: ").append(millis(durationNanos)).append(" ms");
    // Lambda bills the init phase too, rounded up to the millisecond with the invocation.
    long billed = (long) Math.ceil((durationNanos + initNanos) / 1e6);
    line.append("\tBilled Duration: ").append(Math.max(1, billed)).append(" ms");
    line.append("\tMemory Size: ").append(memorySizeMb).append(" MB");
    line.append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
    if (initNanos > 0) {
      line.append("\tInit Duration: ").append(millis(initNanos)).append(" ms");
    }
    if (status != null) {
      line.append("\tStatus: ").append(status);
      if (errorType != null) {
        line.append("\tError Type: ").append(errorType);
      }
    }
    return line.toString();
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }
}
