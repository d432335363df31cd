package io.stepwell.engine.store;

/**
 * What the state machine ARN given to {@link Store#executions} names, and so which executions it
 * lists (AWS's {@code ListExecutions} takes a version or an alias ARN too).
 */
public enum ExecutionScope {
  /** An unqualified state machine ARN: every execution of the state machine. */
  STATE_MACHINE,

  /**
   * A version ARN (the state machine's ARN and {@code :N}): the executions that ran that version,
   * started from it or through an alias.
   */
  VERSION,

  /** An alias ARN (the state machine's ARN and {@code :name}): executions started through it. */
  ALIAS;

  /** The scope of {@code arn:aws:states:region:account:stateMachine:name[:qualifier]}. */
  public static ExecutionScope of(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":", -1);
    if (parts.length < 8 || parts[7].isEmpty()) {
      return STATE_MACHINE;
    }
    return parts[7].chars().allMatch(c -> c >= '0' && c <= '9') ? VERSION : ALIAS;
  }
}
