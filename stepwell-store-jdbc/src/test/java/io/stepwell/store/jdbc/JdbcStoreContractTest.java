package io.stepwell.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.store.ConcurrentStepException;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoreContractTest;
import io.stepwell.engine.store.StoreException;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link StoreContractTest} plus what a database adds: atomic steps that bad input cannot
 * half-write, and several stores ("nodes") on one database.
 */
abstract class JdbcStoreContractTest extends StoreContractTest {
  static final String SM = "arn:aws:states:us-east-1:111111111111:stateMachine:orders";
  static final String EX = "arn:aws:states:us-east-1:111111111111:execution:orders:e1";
  static final String EX2 = "arn:aws:states:us-east-1:111111111111:execution:orders:e2";

  private final List<Store> nodes = new ArrayList<>();

  /** Another store on the database {@link #store} uses: a second node. */
  protected abstract Store newNode();

  Store node() {
    Store node = newNode();
    nodes.add(node);
    return node;
  }

  @AfterEach
  void closeNodes() {
    nodes.forEach(Store::close);
  }

  static StepRecord ending(String journal, String status, List<StoredEvent> events) {
    return new StepRecord(
        journal,
        events,
        status,
        null,
        null,
        null,
        T0.plusSeconds(60),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static TaskRecord task(String executionArn, long id, String token) {
    return new TaskRecord(executionArn, id, "arn:aws:states:::sqs:sendMessage", "{}", token, T0);
  }

  @Test
  void aStepOnAnUnknownExecutionIsRefusedAndWritesNothing() {
    // given
    StepRecord step =
        step(
            "j1",
            List.of(event(1, "ExecutionStarted")),
            List.of(new TimerRecord(EX, 1, T0)),
            List.of(task(EX, 1, "tok")));

    // then
    assertThatThrownBy(() -> store.appendStep(EX, 0, step))
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(ConcurrentStepException.class)
        .hasMessageContaining("no execution " + EX);
    assertThat(store.execution(EX)).isEmpty();
    assertThat(store.journal(EX)).isEmpty();
    assertThat(store.history(EX, 0, 10, false)).isEmpty();
    assertThat(store.nextTimer()).isEmpty();
    assertThat(store.taskByToken("tok")).isEmpty();
  }

  @Test
  void aStepThatFailsHalfwayWritesNothing() {
    // given: e2 waits for a timer; e1 holds the token the bad step reuses
    store.createExecution(
        execution(EX, T0), step("a1", List.of(), List.of(), List.of(task(EX, 1, "tok-a"))));
    store.createExecution(
        execution(EX2, T0),
        step(
            "b1",
            List.of(event(1, "ExecutionStarted")),
            List.of(new TimerRecord(EX2, 1, T0.plusSeconds(30))),
            List.of()));
    StepRecord bad =
        new StepRecord(
            "b2",
            List.of(event(2, "WaitStateExited")),
            "SUCCEEDED",
            "{}",
            null,
            null,
            T0.plusSeconds(40),
            List.of(new TimerRecord(EX2, 2, T0.plusSeconds(5))),
            List.of(1L),
            List.of(task(EX2, 1, "tok-a")),
            List.of());

    // when
    assertThatThrownBy(() -> store.appendStep(EX2, 1, bad)).isInstanceOf(StoreException.class);

    // then: as before the step, and the next step still fits
    assertThat(store.execution(EX2).orElseThrow().status()).isEqualTo("RUNNING");
    assertThat(store.journal(EX2)).containsExactly("b1");
    assertThat(store.history(EX2, 0, 10, false)).extracting(StoredEvent::id).containsExactly(1L);
    assertThat(store.nextTimer()).contains(T0.plusSeconds(30));
    assertThat(store.taskByToken("tok-a").orElseThrow().executionArn()).isEqualTo(EX);
    store.appendStep(
        EX2, 1, step("b2", List.of(event(2, "WaitStateExited")), List.of(), List.of()));
    assertThat(store.journal(EX2)).containsExactly("b1", "b2");
  }

  @Test
  void aFirstStepThatFailsLeavesNoExecution() {
    // given: two events with one id
    StepRecord bad =
        step("j1", List.of(event(1, "ExecutionStarted"), event(1, "X")), List.of(), List.of());

    // then
    assertThatThrownBy(() -> store.createExecution(execution(EX, T0), bad))
        .isInstanceOf(StoreException.class);
    assertThat(store.execution(EX)).isEmpty();
    assertThat(store.journal(EX)).isEmpty();
    assertThat(
            store.createExecution(
                execution(EX, T0),
                step("j1", List.of(event(1, "ExecutionStarted")), List.of(), List.of())))
        .isTrue();
  }

  @Test
  void aStepCannotAddATimerOrTaskOfAnotherExecution() {
    // given
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of()));

    // then
    assertThatThrownBy(() ->
            store.appendStep(
                EX, 1, step("j2", List.of(), List.of(new TimerRecord(EX2, 1, T0)), List.of())))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() ->
            store.appendStep(EX, 1, step("j2", List.of(), List.of(), List.of(task(EX2, 1, "t")))))
        .isInstanceOf(StoreException.class);
    assertThat(store.journal(EX)).containsExactly("j1");
    assertThat(store.nextTimer()).isEmpty();
  }

  @Test
  void aRevisionStoredTwiceIsRefused() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));

    // then
    assertThatThrownBy(() ->
            store.putStateMachine(
                new StateMachineRecord(SM, "orders", "STANDARD", "{x}", "r", 1, T0, T0)))
        .isInstanceOf(StoreException.class);
    assertThat(store.stateMachine(SM).orElseThrow().definition()).isEqualTo("{v1}");
  }

  @Test
  void anEndedExecutionWaitsForNoTimerOrTask() {
    // given
    store.createExecution(
        execution(EX, T0),
        step(
            "j1",
            List.of(),
            List.of(new TimerRecord(EX, 1, T0.plusSeconds(9))),
            List.of(task(EX, 1, "tok"))));

    // when
    store.appendStep(EX, 1, ending("j2", "ABORTED", List.of()));

    // then
    assertThat(store.execution(EX).orElseThrow().stopDate()).isEqualTo(T0.plusSeconds(60));
    assertThat(store.nextTimer()).isEmpty();
    assertThat(store.pendingTasks(10)).isEmpty();
    assertThat(store.taskByToken("tok")).isEmpty();
  }

  @Test
  void instantsKeepTheirMicroseconds() {
    // given
    Instant start = Instant.parse("2026-01-01T00:00:00.123456789Z");
    store.createExecution(
        execution(EX, start),
        step("j1", List.of(), List.of(new TimerRecord(EX, 1, start)), List.of()));

    // then: AWS shows milliseconds; the store keeps microseconds and drops the rest
    Instant micros = Instant.parse("2026-01-01T00:00:00.123456Z");
    assertThat(store.execution(EX).orElseThrow().startDate()).isEqualTo(micros);
    assertThat(store.nextTimer()).contains(micros);
  }

  @Test
  void aSecondNodeSeesWhatTheFirstWrote() {
    // given
    Store other = node();

    // when
    store.createExecution(
        execution(EX, T0), step("j1", List.of(event(1, "ExecutionStarted")), List.of(), List.of()));
    other.appendStep(
        EX, 1, step("j2", List.of(event(2, "PassStateEntered")), List.of(), List.of()));

    // then
    assertThat(store.journal(EX)).containsExactly("j1", "j2");
    assertThatThrownBy(() -> store.appendStep(EX, 1, step("j2'", List.of(), List.of(), List.of())))
        .isInstanceOf(ConcurrentStepException.class);
  }

  @Test
  void twoNodesNeverClaimTheSameDueTimer() throws Exception {
    // given: 120 due timers over 6 executions
    for (int e = 1; e <= 6; e++) {
      String arn = EX.replace(":e1", ":t" + e);
      List<TimerRecord> timers = new ArrayList<>();
      for (int t = 1; t <= 20; t++) {
        timers.add(new TimerRecord(arn, t, T0.plusMillis(t)));
      }
      store.createExecution(execution(arn, T0), step("j1", List.of(), timers, List.of()));
    }
    Store other = node();
    Instant now = T0.plusSeconds(1);

    // when: both claim in small batches at once until nothing is left
    List<List<TimerRecord>> claims =
        Concurrently.run(
            2,
            i -> {
              Store node = i == 0 ? store : other;
              List<TimerRecord> mine = new ArrayList<>();
              while (true) {
                List<TimerRecord> batch =
                    node.claimDueTimers(now, 7, "node" + i, now.plusSeconds(60));
                if (batch.isEmpty()) {
                  return mine;
                }
                mine.addAll(batch);
              }
            });

    // then
    List<TimerRecord> all = new ArrayList<>(claims.get(0));
    all.addAll(claims.get(1));
    Set<TimerRecord> distinct = new HashSet<>(all);
    assertThat(all).hasSize(120);
    assertThat(distinct).hasSize(120);
  }

  @Test
  void concurrentStepsOnOneExecutionLetExactlyOneWin() throws Exception {
    // given
    store.createExecution(
        execution(EX, T0), step("j1", List.of(event(1, "ExecutionStarted")), List.of(), List.of()));
    Store other = node();
    List<String> winners = new ArrayList<>();

    for (long size = 1; size <= 8; size++) {
      long expected = size;
      // when: six writers on two nodes append at the same journal size
      List<String> outcomes =
          Concurrently.run(
              6,
              i -> {
                Store node = i % 2 == 0 ? store : other;
                String entry = "j" + (expected + 1) + "-" + i;
                try {
                  node.appendStep(
                      EX,
                      expected,
                      step(
                          entry,
                          List.of(event(expected + 1, "X")),
                          List.of(new TimerRecord(EX, expected, T0)),
                          List.of()));
                  return entry;
                } catch (ConcurrentStepException lost) {
                  return "lost";
                }
              });

      // then
      List<String> won = outcomes.stream().filter(o -> !o.equals("lost")).toList();
      assertThat(won).hasSize(1);
      winners.add(won.getFirst());
    }
    List<String> journal = store.journal(EX);
    assertThat(journal).hasSize(9);
    assertThat(journal.subList(1, 9)).isEqualTo(winners);
    assertThat(store.history(EX, 0, 100, false)).hasSize(9);
  }
}
