package io.stepwell.asl.eval;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.eval.ExecutionState.Timer;
import io.stepwell.asl.eval.ExecutionState.TimerPurpose;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.Catcher;
import io.stepwell.asl.model.ChoiceState;
import io.stepwell.asl.model.ErrorHandling;
import io.stepwell.asl.model.FailState;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.ParallelState;
import io.stepwell.asl.model.PassState;
import io.stepwell.asl.model.PayloadTemplate;
import io.stepwell.asl.model.Retrier;
import io.stepwell.asl.model.State;
import io.stepwell.asl.model.SucceedState;
import io.stepwell.asl.model.TaskState;
import io.stepwell.asl.model.WaitState;
import io.stepwell.asl.path.DataScope;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of one call into the interpreter: it advances frames, collects commands and history
 * events, and runs queued transitions one after another (a queue, not recursion, so a long chain of
 * states does not grow the stack).
 */
final class Run {
  final ExecutionState execution;
  final Entropy entropy;
  final Instant now;
  final List<Command> commands = new ArrayList<>();
  final List<HistoryEvent> events;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private final boolean history;

  Run(ExecutionState execution, Entropy entropy, Instant now) {
    this.execution = execution;
    this.entropy = entropy;
    this.now = now;
    this.history = execution.info.recordHistory();
    this.events = history ? new ArrayList<>() : List.of();
  }

  Step drain() {
    Runnable next;
    while ((next = queue.poll()) != null) {
      if (execution.status != ExecutionStatus.RUNNING) {
        break;
      }
      try {
        next.run();
      } catch (HistoryLimit.Reached full) {
        queue.clear();
        HistoryLimit.fail(this);
      }
    }
    return new Step(execution, commands, events);
  }

  void later(Runnable action) {
    queue.add(action);
  }

  boolean recordsHistory() {
    return history;
  }

  // ---- history ----

  /** Records an event after the frame's last one. */
  long emit(Frame frame, String type, Map<String, Object> details) {
    if (frame.silent) {
      return frame.lastEventId;
    }
    long id = emitAfter(frame.lastEventId, type, details);
    frame.lastEventId = id;
    return id;
  }

  /** Records an event with an explicit previous event. */
  long emitAfter(long previousEventId, String type, Map<String, Object> details) {
    HistoryLimit.check(execution, execution.lastEventId + 1, type);
    long id = ++execution.lastEventId;
    if (history) {
      events.add(new HistoryEvent(id, previousEventId, type, now, details));
    }
    return id;
  }

  Map<String, Object> details(Object... keyValues) {
    if (!history) {
      return Map.of();
    }
    Map<String, Object> d = LinkedHashMap.newLinkedHashMap(keyValues.length / 2);
    for (int i = 0; i < keyValues.length; i += 2) {
      String key = (String) keyValues[i];
      // JSON documents are recorded even when null; absent optional fields are left out.
      if (keyValues[i + 1] != null || DOCUMENT_FIELDS.contains(key)) {
        d.put(key, keyValues[i + 1]);
      }
    }
    return d;
  }

  private static final java.util.Set<String> DOCUMENT_FIELDS =
      java.util.Set.of("input", "output", "parameters");

  static Map<String, Object> notTruncated() {
    return Map.of("truncated", false);
  }

  // ---- states ----

  /** Enters a state of the frame's program with a raw input. */
  void enter(Frame frame, String name, Object rawInput) {
    State state = frame.program.state(name);
    frame.state = state;
    frame.rawInput = rawInput;
    frame.enteredTime = now;
    frame.retryCount = 0;
    frame.attempts = null;
    frame.nextState = null;
    frame.nextInput = null;
    execution.transitions++;
    frame.enteredPreviousEventId = frame.lastEventId;
    frame.enteredEventId =
        emit(
            frame,
            state.typeName() + "StateEntered",
            details("input", rawInput, "inputDetails", notTruncated(), "name", name));
    execute(frame);
  }

  /** Runs the current state's logic (again, on a retry). */
  void execute(Frame frame) {
    frame.redriveGroup = null;
    try {
      switch (frame.state) {
        case PassState s -> PassHandler.execute(this, frame, s);
        case TaskState s -> TaskHandler.execute(this, frame, s);
        case ChoiceState s -> ChoiceHandler.execute(this, frame, s);
        case WaitState s -> WaitHandler.execute(this, frame, s);
        case SucceedState s -> SucceedHandler.execute(this, frame, s);
        case FailState s -> FailHandler.execute(this, frame, s);
        case ParallelState s -> GroupHandler.executeParallel(this, frame, s);
        case MapState s -> MapHandler.executeMap(this, frame, s);
      }
    } catch (StatesFailure failure) {
      failEvaluation(frame, failure);
    }
  }

  /**
   * A state's own evaluation failed (a path, a template, an intrinsic): AWS prefixes the cause with
   * where it happened.
   */
  void failEvaluation(Frame frame, StatesFailure failure) {
    String cause = evaluationCause(frame, failure);
    if (failure.error() == StatesError.QUERY_EVALUATION_ERROR) {
      // AWS records a JSONata failure as its own event, next to the state's entry.
      frame.lastEventId =
          emitAfterFor(
              frame,
              // As recorded: after the Wait's own entry, but beside any other state's entry.
              frame.state instanceof WaitState
                  ? frame.enteredEventId
                  : frame.enteredPreviousEventId,
              "EvaluationFailed",
              details(
                  "cause",
                  cause,
                  "error",
                  failure.error().aslName(),
                  "location",
                  location(failure),
                  "state",
                  frame.state.name()));
      if (frame.state instanceof MapState && !willRetry(frame, failure.error())) {
        emit(frame, "MapStateFailed", details());
      }
    }
    fail(frame, failure.error(), cause);
  }

  /** The field a JSONata-mode failure names, as AWS records it in EvaluationFailed. */
  private static String location(StatesFailure failure) {
    String location = JsonataTemplate.location(failure);
    if (location == null
        && failure.cause() != null
        && failure.cause().startsWith("The Timestamp field")) {
      return "Timestamp";
    }
    return location;
  }

  private long emitAfterFor(
      Frame frame, long previousEventId, String type, Map<String, Object> details) {
    return frame.silent ? frame.lastEventId : emitAfter(previousEventId, type, details);
  }

  static String evaluationCause(Frame frame, StatesFailure failure) {
    return "An error occurred while executing the state '"
        + frame.state.name()
        + "' (entered at the event id #"
        + frame.enteredEventId
        + "). "
        + failure.cause();
  }

  /** The state ended with {@code output} (after OutputPath): emit Exited and go on. */
  void exit(Frame frame, Object output, String next) {
    exit(frame, output, next, null);
  }

  /**
   * The state ended with {@code output}, assigning {@code assigned} (evaluated before ResultPath
   * and OutputPath, which still saw the old values).
   */
  void exit(Frame frame, Object output, String next, Map<String, Object> assigned) {
    if (assigned != null && assigned.isEmpty()) {
      assigned = null;
    }
    if (assigned != null) {
      try {
        VariableLimits.check(this, frame, assigned);
      } catch (StatesFailure f) {
        failFrame(frame, f.error().aslName(), f.cause());
        return;
      }
      frame.assign(assigned);
    }
    emit(
        frame,
        frame.state.typeName() + "StateExited",
        assigned == null
            ? details("name", frame.state.name(), "output", output, "outputDetails", notTruncated())
            : details(
                "assignedVariables",
                assigned,
                "assignedVariablesDetails",
                notTruncated(),
                "name",
                frame.state.name(),
                "output",
                output,
                "outputDetails",
                notTruncated()));
    if (next == null) {
      finishFrame(frame, output);
    } else {
      // Remembered until entered: a redrive after the execution ended in between enters it.
      frame.nextState = next;
      frame.nextInput = output;
      later(() -> enter(frame, next, output));
    }
  }

  /** Whether {@link #fail} would retry the frame's current state for this error. */
  boolean willRetry(Frame frame, ErrorName error) {
    ErrorHandling handling = errorHandling(frame.state);
    for (int i = 0; i < handling.retry().size(); i++) {
      Retrier retrier = handling.retry().get(i);
      if (retrier.errors().matches(error)) {
        int attempt = frame.attempts == null ? 0 : frame.attempts[i];
        return attempt < retrier.maxAttempts();
      }
    }
    return false;
  }

  /** The current state raised an error: retry it, catch it, or fail the frame. */
  void fail(Frame frame, ErrorName error, String cause) {
    ErrorHandling handling = errorHandling(frame.state);
    for (int i = 0; i < handling.retry().size(); i++) {
      Retrier retrier = handling.retry().get(i);
      if (!retrier.errors().matches(error)) {
        continue;
      }
      if (frame.attempts == null) {
        frame.attempts = new int[handling.retry().size()];
      }
      int attempt = frame.attempts[i];
      if (attempt < retrier.maxAttempts()) {
        frame.attempts[i]++;
        frame.retryCount++;
        long delay = retrier.delayMillis(attempt);
        if (retrier.fullJitter()) {
          delay = (long) (entropy.nextDouble() * delay);
        }
        startTimer(frame, TimerPurpose.RETRY, -1, now.plusMillis(delay));
        return;
      }
      break;
    }
    for (Catcher catcher : handling.catchers()) {
      if (catcher.errors().matches(error)) {
        Map<String, Object> errorOutput = new LinkedHashMap<>();
        errorOutput.put("Error", error.aslName());
        if (cause != null) {
          errorOutput.put("Cause", cause);
        }
        Object output;
        Map<String, Object> assigned;
        try {
          if (frame.state.jsonata() != null) {
            Map<String, Object> states =
                JsonataMode.with(
                    JsonataMode.states(this, frame, frame.rawInput), "errorOutput", errorOutput);
            assigned = JsonataMode.assign(this, frame, catcher.jsonataAssign(), states);
            output = JsonataMode.output(this, frame, catcher.jsonataOutput(), states, errorOutput);
          } else {
            assigned = assignments(frame, catcher.assign(), errorOutput);
            output = catcher.resultPath().apply(frame.rawInput, errorOutput);
          }
        } catch (StatesFailure f) {
          failFrame(frame, f.error().aslName(), evaluationCause(frame, f));
          return;
        }
        exit(frame, output, catcher.next(), assigned);
        return;
      }
    }
    failFrame(frame, error.aslName(), cause);
  }

  private static ErrorHandling errorHandling(State state) {
    return switch (state) {
      case TaskState t -> t.errorHandling();
      case ParallelState p -> p.errorHandling();
      case MapState m -> m.errorHandling();
      default -> ErrorHandling.NONE;
    };
  }

  // ---- frames ----

  void finishFrame(Frame frame, Object output) {
    frame.finished = true;
    VariableLimits.release(this, frame);
    if (frame.isRoot()) {
      emit(frame, "ExecutionSucceeded", details("output", output, "outputDetails", notTruncated()));
      end(ExecutionStatus.SUCCEEDED, output, null, null);
    } else {
      GroupHandler.childSucceeded(this, frame, output);
    }
  }

  void failFrame(Frame frame, String error, String cause) {
    frame.finished = true;
    VariableLimits.release(this, frame);
    if (frame.isRoot()) {
      emit(frame, "ExecutionFailed", details("error", error, "cause", cause));
      end(ExecutionStatus.FAILED, null, error, cause);
    } else {
      GroupHandler.childFailed(this, frame, error, cause);
    }
  }

  void end(ExecutionStatus status, Object output, String error, String cause) {
    execution.status = status;
    execution.output = output;
    execution.error = error;
    execution.cause = cause;
    cancelEverything();
    commands.add(new Command.FinishExecution(status, output, error, cause));
  }

  /** Cancels every task and timer still pending. */
  void cancelEverything() {
    for (long taskId : execution.tasks.keySet()) {
      commands.add(new Command.CancelTask(taskId));
    }
    execution.tasks.clear();
    for (long timerId : execution.timers.keySet()) {
      commands.add(new Command.CancelTimer(timerId));
    }
    execution.timers.clear();
  }

  /** Cancels the frame's pending task and timers, and those of its descendants. */
  void abandon(Frame frame) {
    frame.finished = true;
    if (frame.taskId >= 0 && execution.tasks.remove(frame.taskId) != null) {
      commands.add(new Command.CancelTask(frame.taskId));
    }
    cancelTimer(frame.timerId);
    cancelTimer(frame.timeoutTimerId);
    cancelTimer(frame.heartbeatTimerId);
    frame.taskId = frame.timerId = frame.timeoutTimerId = frame.heartbeatTimerId = -1;
    if (frame.children != null) {
      for (Frame child : List.copyOf(frame.children.running)) {
        abandon(child);
      }
      frame.children.closed = true;
    }
  }

  long startTimer(Frame frame, TimerPurpose purpose, long taskId, Instant fireAt) {
    long id = ++execution.lastTimerId;
    execution.timers.put(id, new Timer(purpose, frame, taskId));
    commands.add(new Command.StartTimer(id, fireAt));
    if (purpose == TimerPurpose.WAIT_STATE || purpose == TimerPurpose.RETRY) {
      frame.timerId = id;
    }
    return id;
  }

  void cancelTimer(long timerId) {
    if (timerId >= 0 && execution.timers.remove(timerId) != null) {
      commands.add(new Command.CancelTimer(timerId));
    }
  }

  /** Evaluates an {@code Assign} field against {@code input}; {@code null} when there is none. */
  Map<String, Object> assignments(Frame frame, PayloadTemplate assign, Object input) {
    if (assign == null) {
      return null;
    }
    return Json.asObject(assign.evaluate(scope(frame, input), entropy));
  }

  /** The scope that paths and templates of the frame's current state read. */
  DataScope scope(Frame frame, Object input) {
    return new FrameScope(this, frame, input, null);
  }
}
