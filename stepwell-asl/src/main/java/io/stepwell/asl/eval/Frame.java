package io.stepwell.asl.eval;

import io.stepwell.asl.model.State;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.path.Missing;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One thread of control: the execution itself, a Parallel branch or a Map iteration. It is in one
 * state at a time and waits for at most one thing (a task, a timer, or its child group).
 */
final class Frame {
  final StateMachine program;
  final Group group;
  final int index;
  final Object mapItem;

  State state;
  Object rawInput;
  Instant enteredTime;
  long lastEventId;
  long enteredEventId;
  long enteredPreviousEventId;
  int retryCount;
  int[] attempts;
  long taskId = -1;
  long timerId = -1;
  long timeoutTimerId = -1;
  long heartbeatTimerId = -1;
  String taskToken;
  Group children;
  Map<String, Object> pendingAssignments;
  Object pendingMapInput;
  String pendingItemSource;
  int pendingMaxItems;
  boolean finished;

  /**
   * The state exited and the one it goes to, until that is entered: a redrive of an execution that
   * ended in between enters it.
   */
  String nextState;

  Object nextInput;

  /**
   * The children of this frame's Parallel or Map state when they failed it: a redrive runs again
   * only those that did not succeed. Cleared when the state runs again.
   */
  Group redriveGroup;

  /**
   * A Distributed Map's iterations run as child executions whose events are not part of this
   * execution's history.
   */
  boolean silent;

  /** This frame's own variables; reads fall through to the frames that started it. */
  Map<String, Object> variables;

  Map<String, Long> variableSizes;
  long variableBytes;

  /** The value of a variable visible here, or {@link Missing#VALUE}. */
  Object variable(String name) {
    for (Frame f = this; f != null; f = f.group == null ? null : f.group.owner) {
      if (f.variables != null) {
        Object v = f.variables.get(name);
        if (v != null || f.variables.containsKey(name)) {
          return v;
        }
      }
    }
    return Missing.VALUE;
  }

  /** Assigns variables in this frame's own scope. */
  void assign(Map<String, Object> values) {
    if (variables == null) {
      variables = new HashMap<>();
    }
    variables.putAll(values);
  }

  Frame(StateMachine program, Group group, int index, Object mapItem) {
    this.program = program;
    this.group = group;
    this.index = index;
    this.mapItem = mapItem;
  }

  static Frame root(StateMachine program) {
    return new Frame(program, null, 0, Missing.VALUE);
  }

  boolean isRoot() {
    return group == null;
  }
}
