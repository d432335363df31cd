package io.stepwell.asl.eval;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.eval.ExecutionState.Timer;
import io.stepwell.asl.model.StateMachine;

/**
 * The ASL interpreter for one state machine. It is pure: {@link #start} and {@link #handle} only
 * compute, from the state and the event, the next state, the commands to carry out and the history
 * events; time comes in with the events and randomness from the {@link Entropy} given here.
 *
 * <p>Thread-safe for different executions; one execution's state must be handled by one caller at a
 * time.
 */
public final class Interpreter {
  private final StateMachine machine;
  private final Entropy entropy;

  public Interpreter(StateMachine machine, Entropy entropy) {
    this.machine = machine;
    this.entropy = entropy;
  }

  public StateMachine machine() {
    return machine;
  }

  /** Starts an execution: records ExecutionStarted and runs until something must be awaited. */
  public Step start(ExecutionInfo info) {
    Frame root = Frame.root(machine);
    ExecutionState state = new ExecutionState(info, root);
    Run run = new Run(state, entropy, info.startTime());
    run.emitAfter(
        0,
        "ExecutionStarted",
        run.details(
            "input", info.input(), "inputDetails", Run.notTruncated(), "roleArn", info.roleArn()));
    if (machine.timeoutSeconds() != null) {
      run.startTimer(
          root,
          ExecutionState.TimerPurpose.EXECUTION_TIMEOUT,
          -1,
          info.startTime().plusSeconds(machine.timeoutSeconds()));
    }
    run.later(() -> run.enter(root, machine.startAt(), info.input()));
    return run.drain();
  }

  /**
   * Hands the execution one event. Events for tasks or timers no longer awaited are ignored, and so
   * is every event once the execution has ended, except {@link Event.RedriveRequested} for one that
   * failed, timed out or was aborted (and whose history has room for it).
   */
  public Step handle(ExecutionState state, Event event) {
    Run run = new Run(state, entropy, event.at());
    if (event instanceof Event.RedriveRequested) {
      if (state.status != ExecutionStatus.RUNNING
          && state.status != ExecutionStatus.SUCCEEDED
          && Redrive.hasRoom(state)) {
        try {
          Redrive.start(run);
        } catch (HistoryLimit.Reached full) {
          HistoryLimit.fail(run);
        }
        return run.drain();
      }
      return new Step(state, run.commands, run.events);
    }
    if (state.status != ExecutionStatus.RUNNING) {
      return new Step(state, run.commands, run.events);
    }
    switch (event) {
      case Event.TaskSucceeded e -> {
        Frame frame = state.tasks.get(e.taskId());
        if (frame != null) {
          run.later(() -> TaskHandler.succeeded(run, frame, e.output()));
        }
      }
      case Event.TaskFailed e -> {
        Frame frame = state.tasks.get(e.taskId());
        if (frame != null) {
          run.later(() -> TaskHandler.failed(run, frame, e.error(), e.cause()));
        }
      }
      case Event.TaskStarted e -> {
        Frame frame = state.tasks.get(e.taskId());
        if (frame != null) {
          run.later(() -> TaskHandler.started(run, frame, e.workerName()));
        }
      }
      case Event.TaskHeartbeat e -> {
        Frame frame = state.tasks.get(e.taskId());
        Long heartbeat = frame == null ? null : heartbeatSeconds(frame);
        if (heartbeat != null && frame.heartbeatTimerId >= 0) {
          run.cancelTimer(frame.heartbeatTimerId);
          frame.heartbeatTimerId =
              run.startTimer(
                  frame,
                  ExecutionState.TimerPurpose.TASK_HEARTBEAT,
                  e.taskId(),
                  e.at().plusSeconds(heartbeat));
        }
      }
      case Event.TimerFired e -> {
        Timer timer = state.timers.remove(e.timerId());
        if (timer != null) {
          run.later(() -> timerFired(run, timer));
        }
      }
      case Event.ObjectRead e -> {
        Frame frame = state.storage.remove(e.requestId());
        if (frame != null) {
          run.later(() -> DistributedMap.itemsRead(run, frame, e.content(), null));
        }
      }
      case Event.ObjectsListed e -> {
        Frame frame = state.storage.remove(e.requestId());
        if (frame != null) {
          run.later(() -> DistributedMap.itemsRead(run, frame, null, e.objects()));
        }
      }
      case Event.ObjectsWritten e -> {
        Frame frame = state.storage.remove(e.requestId());
        if (frame != null) {
          run.later(() -> DistributedMap.resultsWritten(run, frame));
        }
      }
      case Event.StorageFailed e -> {
        Frame frame = state.storage.remove(e.requestId());
        if (frame != null) {
          run.later(() -> DistributedMap.storageFailed(run, frame, e.error(), e.cause()));
        }
      }
      case Event.StopRequested e -> {
        run.emitAfter(0, "ExecutionAborted", run.details("error", e.error(), "cause", e.cause()));
        run.end(ExecutionStatus.ABORTED, null, e.error(), e.cause());
      }
      case Event.RedriveRequested e -> {
        // a running execution is not redriven
      }
    }
    return run.drain();
  }

  private static Long heartbeatSeconds(Frame frame) {
    return frame.state instanceof io.stepwell.asl.model.TaskState t ? t.heartbeatSeconds() : null;
  }

  private static void timerFired(Run run, Timer timer) {
    Frame frame = timer.frame();
    switch (timer.purpose()) {
      case WAIT_STATE -> {
        frame.timerId = -1;
        WaitHandler.timerFired(run, frame);
      }
      case RETRY -> {
        frame.timerId = -1;
        run.execute(frame);
      }
      case TASK_TIMEOUT -> {
        frame.timeoutTimerId = -1;
        if (frame.taskId == timer.taskId()) {
          TaskHandler.timedOut(run, frame, StatesError.TIMEOUT);
        }
      }
      case TASK_HEARTBEAT -> {
        frame.heartbeatTimerId = -1;
        if (frame.taskId == timer.taskId()) {
          TaskHandler.timedOut(run, frame, StatesError.HEARTBEAT_TIMEOUT);
        }
      }
      case EXECUTION_TIMEOUT -> {
        run.emitAfter(run.execution.lastEventId, "ExecutionTimedOut", run.details());
        run.end(ExecutionStatus.TIMED_OUT, null, null, null);
      }
    }
  }
}
