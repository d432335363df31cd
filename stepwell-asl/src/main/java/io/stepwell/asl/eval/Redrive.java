package io.stepwell.asl.eval;

import io.stepwell.asl.distributed.ChildExecution;
import io.stepwell.asl.model.State;

/**
 * RedriveExecution: an execution that failed, timed out or was aborted goes on from the states that
 * did not succeed, as AWS does it. Each unfinished frame enters its state again with the input it
 * had (a Task is scheduled again, a Choice re-evaluated, a Fail fails again); a Parallel or Map
 * whose children failed it runs again only the branches and iterations that did not succeed. Retry
 * counts start again from 0, and so does the execution's own {@code TimeoutSeconds}. The history
 * goes on after the old last event with {@code ExecutionRedriven}.
 */
final class Redrive {
  private Redrive() {}

  /** Whether the history has room for the redrive's events (AWS: fewer than 24,999 so far). */
  static boolean hasRoom(ExecutionState execution) {
    int max = execution.info.maxHistoryEvents();
    return max == 0 || !execution.info.recordHistory() || execution.lastEventId < max - 1;
  }

  static void start(Run run) {
    ExecutionState execution = run.execution;
    execution.status = ExecutionStatus.RUNNING;
    execution.output = null;
    execution.error = null;
    execution.cause = null;
    execution.redriveCount++;
    // answers to what the ended attempt asked for are no longer awaited
    execution.storage.clear();
    long redriven =
        run.emitAfter(
            execution.lastEventId,
            "ExecutionRedriven",
            run.details("redriveCount", execution.redriveCount));
    Frame root = execution.root;
    Long timeout = root.program.timeoutSeconds();
    if (timeout != null) {
      run.startTimer(
          root, ExecutionState.TimerPurpose.EXECUTION_TIMEOUT, -1, run.now.plusSeconds(timeout));
    }
    resume(run, root, redriven);
  }

  /** Runs a frame again from where it stopped; its next event follows {@code previous}. */
  // a frame and its group name the same compiled State object: identity is what is meant
  @SuppressWarnings("ReferenceEquality")
  static void resume(Run run, Frame frame, long previous) {
    restoreVariables(run, frame);
    frame.finished = false;
    frame.lastEventId = previous;
    frame.taskId = -1;
    frame.timerId = -1;
    frame.timeoutTimerId = -1;
    frame.heartbeatTimerId = -1;
    frame.taskToken = null;
    frame.pendingAssignments = null;
    frame.pendingMapInput = null;
    frame.pendingItemSource = null;
    Group group = frame.children != null ? frame.children : frame.redriveGroup;
    frame.redriveGroup = null;
    if (frame.nextState != null) {
      // it had left its state, and the next one was never entered
      String next = frame.nextState;
      Object input = frame.nextInput;
      frame.children = null;
      run.later(() -> run.enter(frame, next, input));
    } else if (frame.state == null) {
      Object input = frame.isRoot() ? run.execution.info.input() : frame.group.inputs[frame.index];
      run.later(() -> run.enter(frame, frame.program.startAt(), input));
    } else if (group != null && group.state == frame.state) {
      reopen(run, frame, group);
    } else {
      frame.children = null;
      State state = frame.state;
      Object input = frame.rawInput;
      run.later(() -> run.enter(frame, state.name(), input));
    }
  }

  /**
   * A Parallel or Map state goes on with its children: branches that did not succeed resume now;
   * iterations that did not succeed queue to start again, within MaxConcurrency.
   */
  private static void reopen(Run run, Frame owner, Group group) {
    owner.children = group;
    group.closed = false;
    group.trigger = owner.lastEventId;
    if (GroupHandler.isDistributed(group)) {
      group.trigger =
          run.emit(
              owner,
              "MapRunRedriven",
              run.details(
                  "mapRunArn", group.mapRunArn, "redriveCount", run.execution.redriveCount));
      MapHandler.recordMapRun(run, group, "RUNNING");
    }
    for (int i = 0; i < group.size(); i++) {
      Frame child = group.frames[i];
      ChildExecution.Status status = group.statuses[i];
      boolean started = child != null || (group.isMap() && i < group.started);
      if (!started || status == ChildExecution.Status.SUCCEEDED) {
        continue;
      }
      if (status != null) {
        group.completed--;
        group.failed--;
        group.ended(i, null, null, null, null);
        group.results[i] = null;
      }
      if (child != null) {
        group.running.remove(child);
      }
      if (group.isMap()) {
        group.redrives.add(i);
      } else {
        group.running.add(child);
        resume(run, child, owner.lastEventId);
      }
    }
    if (group.isMap()) {
      MapHandler.startIterations(run, group);
    }
  }

  /** A frame that ended gave its variables' bytes back; running again, it holds them again. */
  private static void restoreVariables(Run run, Frame frame) {
    if (frame.variableBytes != 0 || frame.variableSizes == null) {
      return;
    }
    long bytes = 0;
    for (long size : frame.variableSizes.values()) {
      bytes += size;
    }
    frame.variableBytes = bytes;
    run.execution.variableBytes += bytes;
  }
}
