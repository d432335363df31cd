package io.stepwell.asl.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything the interpreter knows about one execution between events: the branches in flight (a
 * tree of {@link Frame}s), the tasks and timers it waits for, and the counters that make ids
 * deterministic. Owned by one driver at a time; {@link Interpreter#handle} advances it in place.
 */
public final class ExecutionState {
  final ExecutionInfo info;
  final Frame root;
  final Map<Long, Frame> tasks = new HashMap<>();
  final Map<Long, Timer> timers = new HashMap<>();
  final Map<Long, Frame> storage = new HashMap<>();
  final java.util.LinkedHashMap<String, MapRun> mapRuns = new java.util.LinkedHashMap<>();
  long lastStorageRequestId;
  ExecutionStatus status = ExecutionStatus.RUNNING;
  Object output;
  String error;
  String cause;
  long lastEventId;
  long lastTaskId;
  long lastTimerId;
  long transitions;
  long variableBytes;
  int redriveCount;

  ExecutionState(ExecutionInfo info, Frame root) {
    this.info = info;
    this.root = root;
  }

  public ExecutionInfo info() {
    return info;
  }

  public ExecutionStatus status() {
    return status;
  }

  /** The output, once the execution succeeded. */
  public Object output() {
    return output;
  }

  /** The error name, once the execution failed. */
  public String error() {
    return error;
  }

  /** The cause, once the execution failed. */
  public String cause() {
    return cause;
  }

  /** How many times the execution has been redriven ({@code $$.Execution.RedriveCount}). */
  public int redriveCount() {
    return redriveCount;
  }

  /** The id of the last history event so far. */
  public long lastEventId() {
    return lastEventId;
  }

  /** How many states have been entered so far. */
  public long stateTransitions() {
    return transitions;
  }

  /** The Map Runs of this execution's Distributed Maps, in the order they started. */
  public java.util.List<MapRun> mapRuns() {
    return java.util.List.copyOf(mapRuns.values());
  }

  /** Whether the interpreter still waits for the task {@code taskId}. */
  public boolean awaitsTask(long taskId) {
    return tasks.containsKey(taskId);
  }

  /** What a timer is for. */
  enum TimerPurpose {
    WAIT_STATE,
    RETRY,
    TASK_TIMEOUT,
    TASK_HEARTBEAT,
    EXECUTION_TIMEOUT
  }

  /** A timer the interpreter started and has not seen fire. */
  record Timer(TimerPurpose purpose, Frame frame, long taskId) {}
}
