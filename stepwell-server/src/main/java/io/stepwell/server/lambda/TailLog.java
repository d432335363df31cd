package io.stepwell.server.lambda;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.Invocation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * The log Lambda returns in {@code X-Amz-Log-Result} for {@code X-Amz-Log-Type: Tail}: the
 * invocation's log between Lambda's {@code START}, {@code END} and {@code REPORT} lines, of which
 * only the last 4 KB are sent, base64-encoded.
 */
final class TailLog {
  static final int TAIL_BYTES = 4096;

  private TailLog() {}

  /** The invocation's whole log as Lambda writes it to CloudWatch. */
  static String text(Invocation invocation, FunctionConfig config, Instant now) {
    String id = invocation.requestId();
    StringBuilder log = new StringBuilder();
    log.append("START RequestId: ").append(id).append(" Version: $LATEST\n");
    for (String entry : invocation.logs()) {
      log.append(entry);
      if (!entry.endsWith("\n")) {
        log.append('\n');
      }
    }
    if (invocation instanceof Invocation.FunctionError f) {
      if ("Sandbox.Timedout".equals(f.errorType()) && f.errorMessage() != null) {
        int at = f.errorMessage().indexOf("Task timed out");
        String what = at >= 0 ? f.errorMessage().substring(at) : f.errorMessage();
        log.append(now).append(' ').append(id).append(' ').append(what).append('\n');
      } else {
        log.append(f.payload().utf8()).append('\n');
      }
    }
    double millis = invocation.duration().toNanos() / 1e6;
    log.append("END RequestId: ").append(id).append('\n');
    log.append("REPORT RequestId: ")
        .append(id)
        .append("\tDuration: ")
        .append(String.format(Locale.ROOT, "%.2f", millis))
        .append(" ms\tBilled Duration: ")
        .append((long) Math.ceil(millis))
        .append(" ms\tMemory Size: ")
        .append(config.memoryMb())
        .append(" MB\t\n");
    return log.toString();
  }

  /** The last 4 KB of {@code text}, base64-encoded, as {@code X-Amz-Log-Result} carries it. */
  static String tail(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    byte[] last =
        bytes.length <= TAIL_BYTES
            ? bytes
            : Arrays.copyOfRange(bytes, bytes.length - TAIL_BYTES, bytes.length);
    return Base64.getEncoder().encodeToString(last);
  }
}
