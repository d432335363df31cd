package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.eval.ExecutionState.TimerPurpose;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.WaitState;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Wait: starts a timer, and exits when it fires (at once for a time already past). */
final class WaitHandler {
  private WaitHandler() {}

  static void execute(Run run, Frame frame, WaitState state) {
    if (state.jsonata() != null) {
      executeJsonata(run, frame, state);
      return;
    }
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    Instant until;
    if (state.seconds() != null) {
      until = run.now.plusSeconds(state.seconds());
    } else if (state.secondsPath() != null) {
      until = run.now.plusSeconds(seconds(state, scope));
    } else if (state.timestamp() != null) {
      until = OffsetDateTime.parse(state.timestamp()).toInstant();
    } else {
      until = timestamp(state, scope);
    }
    Map<String, Object> assigned = run.assignments(frame, state.assign(), effective);
    Object output = state.outputPath().apply(effective, scope);
    if (!until.isAfter(run.now)) {
      run.exit(frame, output, state.next(), assigned);
      return;
    }
    frame.rawInput = output;
    frame.pendingAssignments = assigned;
    run.startTimer(frame, TimerPurpose.WAIT_STATE, -1, until);
  }

  private static void executeJsonata(Run run, Frame frame, WaitState state) {
    var j = state.jsonata();
    Object raw = frame.rawInput;
    Map<String, Object> states = JsonataMode.states(run, frame, raw);
    Instant until;
    if (j.seconds() != null) {
      long seconds = JsonataMode.integer(run, frame, j.seconds(), "Seconds", states);
      until = run.now.plusSeconds(seconds);
    } else {
      Object value = JsonataMode.evaluate(run, frame, j.timestamp(), "Timestamp", states);
      try {
        until = OffsetDateTime.parse(String.valueOf(value)).toInstant();
      } catch (DateTimeParseException e) {
        throw new StatesFailure(
            io.stepwell.asl.error.StatesError.QUERY_EVALUATION_ERROR,
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
                + " string: "
                + value);
      }
    }
    Map<String, Object> assigned = JsonataMode.assign(run, frame, j.assign(), states);
    Object output = JsonataMode.output(run, frame, j.output(), states, raw);
    if (!until.isAfter(run.now)) {
      run.exit(frame, output, state.next(), assigned);
      return;
    }
    frame.rawInput = output;
    frame.pendingAssignments = assigned;
    run.startTimer(frame, TimerPurpose.WAIT_STATE, -1, until);
  }

  /** The timer fired; the state's output was kept in {@code rawInput}. */
  static void timerFired(Run run, Frame frame) {
    WaitState state = (WaitState) frame.state;
    Map<String, Object> assigned = frame.pendingAssignments;
    frame.pendingAssignments = null;
    run.exit(frame, frame.rawInput, state.next(), assigned);
  }

  private static long seconds(WaitState state, DataScope scope) {
    String path = state.secondsPath().text();
    Object value = state.secondsPath().read(scope);
    if (value == Missing.VALUE) {
      throw StatesFailure.runtime(
          "The SecondsPath parameter does not reference an input value: " + path);
    }
    long seconds;
    try {
      if (!(value instanceof Number n)) {
        throw new ArithmeticException();
      }
      seconds = Json.toBigDecimal(n).longValueExact();
    } catch (ArithmeticException e) {
      throw StatesFailure.runtime(
          "The SecondsPath parameter cannot be parsed as a long value: "
              + path
              + " == "
              + render(value));
    }
    if (seconds < 0) {
      throw StatesFailure.runtime(
          "The SecondsPath parameter references a negative value: " + path + " == " + seconds);
    }
    return seconds;
  }

  private static Instant timestamp(WaitState state, DataScope scope) {
    String path = state.timestampPath().text();
    Object value = state.timestampPath().read(scope);
    if (value == Missing.VALUE) {
      throw StatesFailure.runtime(
          "The TimestampPath parameter does not reference an input value: " + path);
    }
    try {
      if (value instanceof String s) {
        return OffsetDateTime.parse(s).toInstant();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw StatesFailure.runtime(
        "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time"
            + " format string: "
            + path
            + " == "
            + render(value));
  }

  private static String render(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n && !Json.isIntegral(n)) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return Json.write(value);
  }
}
