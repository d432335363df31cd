package io.stepwell.asl.distributed;

import java.time.Instant;

/**
 * What a Map Run knows of one child execution when it writes results.
 *
 * @param status how it ended, or {@link Status#PENDING} when it never did
 * @param executionArn its ARN, or {@code null} when it never started
 * @param name its name, or {@code null}
 * @param stateMachineArn the ARN of the child state machine ({@code
 *     stateMachine:<parent>/<label>}), or {@code null}
 * @param input its input (a JSON value)
 * @param output its output, for a succeeded execution
 * @param error the error name, for a failed one; may be {@code null}
 * @param cause the cause, for a failed one; may be {@code null}
 * @param startDate when it started, or {@code null}
 * @param stopDate when it ended, or {@code null}
 */
public record ChildExecution(
    Status status,
    String executionArn,
    String name,
    String stateMachineArn,
    Object input,
    Object output,
    String error,
    String cause,
    Instant startDate,
    Instant stopDate) {
  /** The status of a child execution, as {@code DescribeExecution} words it. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED,
    PENDING;

    /**
     * The result file group it is written to: {@code SUCCEEDED}, {@code FAILED} or {@code PENDING}.
     */
    public String resultGroup() {
      return switch (this) {
        case SUCCEEDED -> "SUCCEEDED";
        case FAILED, TIMED_OUT, ABORTED -> "FAILED";
        case PENDING -> "PENDING";
      };
    }
  }
}
