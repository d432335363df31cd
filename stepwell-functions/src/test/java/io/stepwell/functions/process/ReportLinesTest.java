package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lambda's own log lines and exit errors. Expected text is Lambda's: the CloudWatch examples of the
 * Lambda developer guide (START, END, REPORT with {@code Status: timeout} / {@code Status: error
 * Error Type: Runtime.ExitError}) and its {@code Runtime.ExitError} messages.
 */
class ReportLinesTest {
  @Test
  void startAndEndNameTheRequestAndVersion() {
    assertThat(ReportLines.start("r-1")).isEqualTo("START RequestId: r-1 Version: $LATEST");
    assertThat(ReportLines.end("r-1")).isEqualTo("END RequestId: r-1");
  }

  @Test
  void reportOfAColdStartHasItsInitDuration() {
    assertThat(ReportLines.report("r-1", 2_130_000, 150_390_000, 128, 57, null, null))
        .isEqualTo(
            "REPORT RequestId: r-1\tDuration: 2.13 ms\tBilled Duration: 153 ms\tMemory Size: 128"
                + " MB\tMax Memory Used: 57 MB\tInit Duration: 150.39 ms");
  }

  @Test
  void reportOfATimeoutAndOfACrashSaySo() {
    assertThat(ReportLines.report("r", 3_016_780_000L, 0, 128, 31, "timeout", null))
        .endsWith(
            "\tDuration: 3016.78 ms\tBilled Duration: 3017 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 31 MB\tStatus: timeout");
    assertThat(ReportLines.report("r", 1_000_000, 0, 128, 31, "error", "Runtime.ExitError"))
        .endsWith("\tStatus: error\tError Type: Runtime.ExitError");
  }

  @Test
  void exitErrorsWordTheExitAsLambdaDoes() {
    assertThat(ExitMessages.exited("r", 1).errorMessage())
        .isEqualTo("RequestId: r Error: Runtime exited with error: exit status 1");
    assertThat(ExitMessages.exited("r", 137).errorMessage())
        .isEqualTo("RequestId: r Error: Runtime exited with error: signal: killed");
    assertThat(ExitMessages.exited("r", 0).errorMessage())
        .isEqualTo("RequestId: r Error: Runtime exited without providing a reason");
    assertThat(ExitMessages.exited("r", 1).errorType()).isEqualTo("Runtime.ExitError");
  }
}
