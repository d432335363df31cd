package io.stepwell.engine.store;

import java.time.Instant;

/**
 * An execution as {@code DescribeExecution} shows it.
 *
 * @param arn the execution's ARN
 * @param stateMachineArn the state machine's ARN
 * @param revision the state machine revision it runs (updates do not change running executions)
 * @param name the execution name, unique per state machine
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code
 *     ABORTED}
 * @param input the input as JSON text
 * @param output the output as JSON text, when it succeeded
 * @param error the error, when it failed
 * @param cause the cause, when it failed
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null}
 * @param stateMachineVersionArn the version it runs, when started from a version or an alias, else
 *     {@code null}
 * @param stateMachineAliasArn the alias it was started from, or {@code null}
 * @param redriveCount how many times it has been redriven (0 when never)
 * @param redriveDate when it was last redriven, or {@code null}
 * @param redriveStatus {@code REDRIVABLE} or {@code NOT_REDRIVABLE}, as the engine judges it when
 *     describing the execution (it changes with time: a redrive is possible for 14 days); {@code
 *     null} where not judged (records as stored, Express executions)
 * @param redriveStatusReason why it is {@code NOT_REDRIVABLE} (AWS's wording, e.g. "Execution is
 *     SUCCEEDED and cannot be redriven"), else {@code null}
 */
public record ExecutionRecord(
    String arn,
    String stateMachineArn,
    int revision,
    String name,
    String status,
    String input,
    String output,
    String error,
    String cause,
    Instant startDate,
    Instant stopDate,
    String stateMachineVersionArn,
    String stateMachineAliasArn,
    int redriveCount,
    Instant redriveDate,
    String redriveStatus,
    String redriveStatusReason) {

  /** An execution never redriven, its redrive status not judged. */
  public ExecutionRecord(
      String arn,
      String stateMachineArn,
      int revision,
      String name,
      String status,
      String input,
      String output,
      String error,
      String cause,
      Instant startDate,
      Instant stopDate,
      String stateMachineVersionArn,
      String stateMachineAliasArn) {
    this(
        arn,
        stateMachineArn,
        revision,
        name,
        status,
        input,
        output,
        error,
        cause,
        startDate,
        stopDate,
        stateMachineVersionArn,
        stateMachineAliasArn,
        0,
        null,
        null,
        null);
  }

  /** An execution of the state machine itself, not of a version or an alias. */
  public ExecutionRecord(
      String arn,
      String stateMachineArn,
      int revision,
      String name,
      String status,
      String input,
      String output,
      String error,
      String cause,
      Instant startDate,
      Instant stopDate) {
    this(
        arn,
        stateMachineArn,
        revision,
        name,
        status,
        input,
        output,
        error,
        cause,
        startDate,
        stopDate,
        null,
        null);
  }

  /** This record with its redrive status judged. */
  public ExecutionRecord withRedriveStatus(String status, String reason) {
    return new ExecutionRecord(
        arn,
        stateMachineArn,
        revision,
        name,
        this.status,
        input,
        output,
        error,
        cause,
        startDate,
        stopDate,
        stateMachineVersionArn,
        stateMachineAliasArn,
        redriveCount,
        redriveDate,
        status,
        reason);
  }
}
