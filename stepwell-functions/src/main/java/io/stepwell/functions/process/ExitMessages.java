package io.stepwell.functions.process;

import io.stepwell.functions.ErrorDocument;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Lambda answers when the runtime process exits before it answers: {@code Runtime.ExitError}
 * with the exit worded as Go words a process's end ({@code exit status 1}, {@code signal: killed}),
 * since Lambda's own runtime manager is written in Go.
 */
final class ExitMessages {
  static final String EXIT_ERROR = "Runtime.ExitError";
  static final String INVALID_ENTRYPOINT = "Runtime.InvalidEntrypoint";

  /**
   * The JVM reports a process killed by signal n as status 128 + n; these are the signals a runtime
   * dies of, by the names Go gives them.
   */
  private static final Map<Integer, String> SIGNALS =
      Map.of(6, "aborted", 9, "killed", 11, "segmentation fault", 15, "terminated");

  private static final Pattern ERRNO = Pattern.compile("error=\\d+, (.*)$");

  private ExitMessages() {}

  static ErrorDocument exited(String requestId, int status) {
    String reason =
        status == 0
            ? "Runtime exited without providing a reason"
            : "Runtime exited with error: " + describe(status);
    return ErrorDocument.of(EXIT_ERROR, "RequestId: " + requestId + " Error: " + reason);
  }

  static ErrorDocument notStarted(String requestId, String reason) {
    return ErrorDocument.of(INVALID_ENTRYPOINT, "RequestId: " + requestId + " Error: " + reason);
  }

  /**
   * Why the command could not be started, as Go's {@code exec} words it ({@code fork/exec
   * /var/task/bootstrap: permission denied}) from the JDK's {@code error=13, Permission denied}.
   */
  static String startFailure(LaunchPlan plan, IOException e) {
    String message = String.valueOf(e.getMessage());
    Matcher errno = ERRNO.matcher(message);
    String reason = errno.find() ? errno.group(1).toLowerCase(Locale.ROOT) : message;
    return "fork/exec " + plan.command().getFirst() + ": " + reason;
  }

  private static String describe(int status) {
    String signal = status > 128 ? SIGNALS.get(status - 128) : null;
    return signal != null ? "signal: " + signal : "exit status " + status;
  }
}
