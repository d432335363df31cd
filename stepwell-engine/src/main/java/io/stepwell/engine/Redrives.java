package io.stepwell.engine;

import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.Step;
import io.stepwell.engine.internal.JournalCodec;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code RedriveExecution} and the redrive status {@code DescribeExecution} shows, with AWS's rules
 * ("Redrive eligibility for unsuccessful executions", Step Functions developer guide): not
 * succeeded and not running, ended at most 14 days ago, open at most a year, fewer than 24,999
 * history events (room for {@code ExecutionRedriven} and one more), its state machine not deleted.
 * The redrive itself is the interpreter's ({@link Event.RedriveRequested}); its journal entry keeps
 * the client token, so idempotency survives a restart and holds across nodes.
 */
final class Redrives {
  static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);
  static final Duration MAX_OPEN_TIME = Duration.ofDays(365);
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
  static final int TOKENS_KEPT = 10;

  static final String REDRIVABLE = "REDRIVABLE";
  static final String NOT_REDRIVABLE = "NOT_REDRIVABLE";
  static final String HISTORY_FULL = "Execution history event limit exceeded";

  private static final Pattern TOKEN = Pattern.compile("[!-~]+");

  private final Store store;
  private final StepLoop steps;
  private final InstantSource clock;
  private final int maxHistoryEvents;

  Redrives(Store store, StepLoop steps, InstantSource clock, int maxHistoryEvents) {
    this.store = store;
    this.steps = steps;
    this.clock = clock;
    this.maxHistoryEvents = maxHistoryEvents;
  }

  /** The record with its redrive status as of now. */
  ExecutionRecord judged(ExecutionRecord e) {
    String reason = reason(e);
    return e.withRedriveStatus(reason == null ? REDRIVABLE : NOT_REDRIVABLE, reason);
  }

  /** Redrives the execution, or tells why it may not be. */
  ExecutionRecord redrive(ExecutionRecord e, String clientToken) {
    requireToken(clientToken);
    if (clientToken != null && redroveWith(e.arn(), clientToken)) {
      return judged(e);
    }
    String reason = reason(e);
    if (reason != null) {
      throw notRedrivable(reason);
    }
    Event.RedriveRequested event = new Event.RedriveRequested(clock.instant());
    Step step = steps.step(e.arn(), event, JournalCodec.redrive(event, clientToken));
    ExecutionRecord after = store.execution(e.arn()).orElseThrow();
    if (step == null) {
      // another caller redrove it first (maybe with this token), or its history had no room
      if (clientToken != null && redroveWith(e.arn(), clientToken)) {
        return judged(after);
      }
      String now = reason(after);
      throw notRedrivable(now != null ? now : HISTORY_FULL);
    }
    return judged(after);
  }

  /** Why the execution may not be redriven now, in AWS's words; {@code null} when it may. */
  String reason(ExecutionRecord e) {
    if ("RUNNING".equals(e.status()) || "SUCCEEDED".equals(e.status())) {
      return "Execution is " + e.status() + " and cannot be redriven";
    }
    Instant now = clock.instant();
    if (store.stateMachine(e.stateMachineArn(), e.revision()).isEmpty()) {
      return "State machine is in DELETING status";
    }
    if (e.startDate().plus(MAX_OPEN_TIME).isBefore(now)) {
      return "Execution has exceeded the max execution time";
    }
    if (e.stopDate() != null && e.stopDate().plus(REDRIVABLE_PERIOD).isBefore(now)) {
      return "Execution redrivable period exceeded";
    }
    if (maxHistoryEvents > 0 && lastEventId(e.arn()) >= maxHistoryEvents - 1) {
      return HISTORY_FULL;
    }
    return null;
  }

  static EngineException expressNotRedrivable() {
    return notRedrivable("This operation is not supported by this type of state machine");
  }

  private static EngineException notRedrivable(String reason) {
    return new EngineException("ExecutionNotRedrivable", reason);
  }

  private long lastEventId(String arn) {
    List<StoredEvent> last = store.history(arn, 0, 1, true);
    return last.isEmpty() ? 0 : last.getFirst().id();
  }

  /** Whether one of the last redrives, at most 15 minutes ago, was asked with this token. */
  private boolean redroveWith(String arn, String clientToken) {
    List<JournalCodec.RedriveEntry> all = JournalCodec.redrives(store.journal(arn));
    Instant oldest = clock.instant().minus(TOKEN_LIFETIME);
    for (JournalCodec.RedriveEntry r :
        all.subList(Math.max(0, all.size() - TOKENS_KEPT), all.size())) {
      if (clientToken.equals(r.clientToken()) && !r.at().isBefore(oldest)) {
        return true;
      }
    }
    return false;
  }

  private static void requireToken(String clientToken) {
    if (clientToken == null) {
      return;
    }
    String constraint =
        clientToken.isEmpty()
            ? "Member must have length greater than or equal to 1"
            : clientToken.length() > 64
                ? "Member must have length less than or equal to 64"
                : TOKEN.matcher(clientToken).matches()
                    ? null
                    : "Member must satisfy regular expression pattern: [!-~]+";
    if (constraint != null) {
      throw new EngineException(
          "ValidationException",
          "1 validation error detected: Value at 'clientToken' failed to satisfy constraint: "
              + constraint);
    }
  }
}
