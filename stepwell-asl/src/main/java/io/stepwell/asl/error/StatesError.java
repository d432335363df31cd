package io.stepwell.asl.error;

import java.util.HashMap;
import java.util.Map;

/** The predefined error names of the States language, one constant per {@code States.*} name. */
public enum StatesError implements ErrorName {
  /** A wildcard that matches any error name; only in {@code ErrorEquals}, and last. */
  ALL("States.ALL"),
  /** Matches any error except {@code States.Timeout}; only in {@code ErrorEquals}. */
  TASK_FAILED("States.TaskFailed"),
  HEARTBEAT_TIMEOUT("States.HeartbeatTimeout"),
  TIMEOUT("States.Timeout"),
  DATA_LIMIT_EXCEEDED("States.DataLimitExceeded"),
  RUNTIME("States.Runtime"),
  BRANCH_FAILED("States.BranchFailed"),
  NO_CHOICE_MATCHED("States.NoChoiceMatched"),
  INTRINSIC_FAILURE("States.IntrinsicFailure"),
  PERMISSIONS("States.Permissions"),
  RESULT_PATH_MATCH_FAILURE("States.ResultPathMatchFailure"),
  PARAMETER_PATH_FAILURE("States.ParameterPathFailure"),
  EXCEED_TOLERATED_FAILURE_THRESHOLD("States.ExceedToleratedFailureThreshold"),
  ITEM_READER_FAILED("States.ItemReaderFailed"),
  RESULT_WRITER_FAILED("States.ResultWriterFailed"),
  QUERY_EVALUATION_ERROR("States.QueryEvaluationError");

  private static final Map<String, StatesError> BY_NAME = new HashMap<>();

  static {
    for (StatesError e : values()) {
      BY_NAME.put(e.aslName, e);
    }
  }

  private final String aslName;

  StatesError(String aslName) {
    this.aslName = aslName;
  }

  @Override
  public String toString() {
    return aslName;
  }

  /** The predefined error of that ASL name, or {@code null}. */
  public static StatesError byName(String name) {
    return BY_NAME.get(name);
  }

  @Override
  public String aslName() {
    return aslName;
  }
}
