package io.stepwell.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do. Each implementation subclasses this with a fresh, empty store.
 */
public abstract class StoreContractTest {
  protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String SM = "arn:aws:states:us-east-1:111111111111:stateMachine:orders";
  private static final String EX = "arn:aws:states:us-east-1:111111111111:execution:orders:e1";

  protected Store store;

  /** A new, empty store. */
  protected abstract Store newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  protected static ExecutionRecord execution(String arn, Instant start) {
    return new ExecutionRecord(
        arn,
        SM,
        1,
        arn.substring(arn.lastIndexOf(':') + 1),
        "RUNNING",
        "{}",
        null,
        null,
        null,
        start,
        null);
  }

  protected static StepRecord step(
      String journal, List<StoredEvent> events, List<TimerRecord> timers, List<TaskRecord> tasks) {
    return new StepRecord(
        journal, events, "RUNNING", null, null, null, null, timers, List.of(), tasks, List.of());
  }

  protected static StoredEvent event(long id, String type) {
    return new StoredEvent(id, id - 1, type, T0.plusSeconds(id), "{}");
  }

  @Test
  void stateMachineRevisionsAreKept() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    store.putStateMachine(
        new StateMachineRecord(SM, "orders", "STANDARD", "{v2}", "r", 2, T0, T0.plusSeconds(1)));

    // then
    assertThat(store.stateMachine(SM).orElseThrow().definition()).isEqualTo("{v2}");
    assertThat(store.stateMachine(SM, 1).orElseThrow().definition()).isEqualTo("{v1}");
    assertThat(store.stateMachines()).hasSize(1);
    assertThat(store.deleteStateMachine(SM)).isTrue();
    assertThat(store.stateMachine(SM)).isEmpty();
  }

  @Test
  void versionsAreKeptNewestFirstAndNumbersAreTakenOnce() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    StateMachineVersionRecord v1 = new StateMachineVersionRecord(SM + ":1", SM, 1, 1, "first", T0);
    StateMachineVersionRecord v2 =
        new StateMachineVersionRecord(SM + ":2", SM, 2, 1, null, T0.plusSeconds(1));

    // when
    boolean created = store.createStateMachineVersion(v1);
    boolean again =
        store.createStateMachineVersion(
            new StateMachineVersionRecord(SM + ":1", SM, 1, 1, "other", T0));
    store.createStateMachineVersion(v2);

    // then
    assertThat(created).isTrue();
    assertThat(again).isFalse();
    assertThat(store.stateMachineVersion(SM + ":1")).contains(v1);
    assertThat(store.stateMachineVersions(SM)).containsExactly(v2, v1);
    assertThat(store.deleteStateMachineVersion(SM + ":2")).isTrue();
    assertThat(store.deleteStateMachineVersion(SM + ":2")).isFalse();
    assertThat(store.stateMachineVersions(SM)).containsExactly(v1);
    assertThat(store.stateMachineVersion(SM + ":2")).isEmpty();
  }

  @Test
  void aDeletedVersionsNumberStaysTaken() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    assertThat(store.highestStateMachineVersion(SM)).isZero();
    store.createStateMachineVersion(new StateMachineVersionRecord(SM + ":1", SM, 1, 1, null, T0));
    store.createStateMachineVersion(new StateMachineVersionRecord(SM + ":2", SM, 2, 1, null, T0));

    // when
    store.deleteStateMachineVersion(SM + ":2");
    boolean reused =
        store.createStateMachineVersion(
            new StateMachineVersionRecord(SM + ":2", SM, 2, 1, null, T0));

    // then
    assertThat(reused).isFalse();
    assertThat(store.highestStateMachineVersion(SM)).isEqualTo(2);
  }

  @Test
  void aliasesAreCreatedOnceUpdatedAndDeleted() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    StateMachineAliasRecord alias =
        new StateMachineAliasRecord(
            SM + ":prod",
            SM,
            "prod",
            "live",
            List.of(new AliasRoute(SM + ":1", 90), new AliasRoute(SM + ":2", 10)),
            T0,
            T0);
    StateMachineAliasRecord updated =
        new StateMachineAliasRecord(
            SM + ":prod",
            SM,
            "prod",
            null,
            List.of(new AliasRoute(SM + ":2", 100)),
            T0,
            T0.plusSeconds(5));

    // when
    boolean created = store.createStateMachineAlias(alias);
    boolean again = store.createStateMachineAlias(updated);

    // then
    assertThat(created).isTrue();
    assertThat(again).isFalse();
    assertThat(store.stateMachineAlias(SM + ":prod")).contains(alias);
    assertThat(store.updateStateMachineAlias(updated)).isTrue();
    assertThat(store.stateMachineAliases(SM)).containsExactly(updated);
    assertThat(store.deleteStateMachineAlias(SM + ":prod")).isTrue();
    assertThat(store.updateStateMachineAlias(updated)).isFalse();
    assertThat(store.stateMachineAlias(SM + ":prod")).isEmpty();
  }

  @Test
  void deletingAStateMachineDeletesItsVersionsAndAliases() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    store.createStateMachineVersion(new StateMachineVersionRecord(SM + ":1", SM, 1, 1, null, T0));
    store.createStateMachineAlias(
        new StateMachineAliasRecord(
            SM + ":prod", SM, "prod", null, List.of(new AliasRoute(SM + ":1", 100)), T0, T0));

    // when
    store.deleteStateMachine(SM);

    // then
    assertThat(store.stateMachineVersions(SM)).isEmpty();
    assertThat(store.stateMachineAlias(SM + ":prod")).isEmpty();
  }

  @Test
  void anExecutionKeepsTheVersionAndAliasItWasStartedFrom() {
    // given
    ExecutionRecord e = execution(EX, T0);
    ExecutionRecord fromAlias =
        new ExecutionRecord(
            e.arn(),
            e.stateMachineArn(),
            e.revision(),
            e.name(),
            e.status(),
            e.input(),
            null,
            null,
            null,
            e.startDate(),
            null,
            SM + ":3",
            SM + ":prod");

    // when
    store.createExecution(
        fromAlias,
        step("{\"start\":1}", List.of(event(1, "ExecutionStarted")), List.of(), List.of()));
    store.appendStep(
        EX, 1, step("{\"e\":2}", List.of(event(2, "PassStateEntered")), List.of(), List.of()));

    // then
    ExecutionRecord read = store.execution(EX).orElseThrow();
    assertThat(read.stateMachineVersionArn()).isEqualTo(SM + ":3");
    assertThat(read.stateMachineAliasArn()).isEqualTo(SM + ":prod");
    assertThat(store.executions(SM, null, 10, null).getFirst().stateMachineAliasArn())
        .isEqualTo(SM + ":prod");
  }

  private static ExecutionRecord executionOf(
      String arn, Instant start, String version, String alias) {
    return new ExecutionRecord(
        arn,
        SM,
        1,
        arn.substring(arn.lastIndexOf(':') + 1),
        "RUNNING",
        "{}",
        null,
        null,
        null,
        start,
        null,
        version,
        alias);
  }

  private static StepRecord ended(String journal, String status, Instant stop) {
    return new StepRecord(
        journal, List.of(), status, null, "E", "c", stop, List.of(), List.of(), List.of(),
        List.of());
  }

  @Test
  void executionsAreListedByTheVersionOrAliasTheyRan() {
    // given
    store.createExecution(
        executionOf(EX, T0, null, null), step("j", List.of(), List.of(), List.of()));
    store.createExecution(
        executionOf(EX + "v", T0.plusSeconds(1), SM + ":1", null),
        step("j", List.of(), List.of(), List.of()));
    store.createExecution(
        executionOf(EX + "a", T0.plusSeconds(2), SM + ":1", SM + ":prod"),
        step("j", List.of(), List.of(), List.of()));
    store.createExecution(
        executionOf(EX + "b", T0.plusSeconds(3), SM + ":2", SM + ":prod"),
        step("j", List.of(), List.of(), List.of()));

    // then
    assertThat(store.executions(SM, null, 10, null)).hasSize(4);
    assertThat(store.executions(SM + ":1", null, 10, null))
        .extracting(ExecutionRecord::arn)
        .containsExactly(EX + "a", EX + "v");
    assertThat(store.executions(SM + ":prod", null, 10, null))
        .extracting(ExecutionRecord::arn)
        .containsExactly(EX + "b", EX + "a");
    assertThat(store.executions(SM + ":prod", null, 1, EX + "b"))
        .extracting(ExecutionRecord::arn)
        .containsExactly(EX + "a");
    assertThat(store.executions(SM + ":3", null, 10, null)).isEmpty();
  }

  @Test
  void aRedriveStepCountsTheRedriveAndReopensTheExecution() {
    // given
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of()));
    store.appendStep(EX, 1, ended("j2", "FAILED", T0.plusSeconds(10)));
    assertThat(store.execution(EX).orElseThrow().redriveCount()).isZero();
    assertThat(store.execution(EX).orElseThrow().redriveDate()).isNull();
    TimerRecord timer = new TimerRecord(EX, 1, T0.plusSeconds(500));

    // when
    store.appendStep(
        EX,
        2,
        new StepRecord(
            "j3",
            List.of(event(1, "ExecutionRedriven")),
            "RUNNING",
            null,
            null,
            null,
            null,
            List.of(timer),
            List.of(),
            List.of(),
            List.of(),
            T0.plusSeconds(100)));
    ExecutionRecord redriven = store.execution(EX).orElseThrow();
    store.appendStep(EX, 3, ended("j4", "TIMED_OUT", T0.plusSeconds(200)));

    // then
    assertThat(redriven.status()).isEqualTo("RUNNING");
    assertThat(redriven.stopDate()).isNull();
    assertThat(redriven.error()).isNull();
    assertThat(redriven.redriveCount()).isEqualTo(1);
    assertThat(redriven.redriveDate()).isEqualTo(T0.plusSeconds(100));
    ExecutionRecord again = store.execution(EX).orElseThrow();
    assertThat(again.status()).isEqualTo("TIMED_OUT");
    assertThat(again.stopDate()).isEqualTo(T0.plusSeconds(200));
    assertThat(again.redriveCount()).isEqualTo(1);
    assertThat(again.redriveDate()).isEqualTo(T0.plusSeconds(100));
    assertThat(store.executions(SM, null, 10, null).getFirst().redriveCount()).isEqualTo(1);
    assertThat(store.nextTimer()).isEmpty();
  }

  @Test
  void closedExecutionsAreDeletedOldestFirstOnceTheirRetentionHasPassed() {
    // given
    String old1 = EX + "old1";
    String old2 = EX + "old2";
    String recent = EX + "recent";
    String running = EX + "running";
    for (String arn : List.of(old1, old2, recent, running)) {
      store.createExecution(
          execution(arn, T0),
          step("j1", List.of(event(1, "ExecutionStarted")), List.of(), List.of()));
    }
    store.appendStep(old1, 1, ended("j2", "SUCCEEDED", T0.plusSeconds(10)));
    store.appendStep(old2, 1, ended("j2", "FAILED", T0.plusSeconds(20)));
    store.appendStep(recent, 1, ended("j2", "ABORTED", T0.plusSeconds(1000)));
    Instant cutoff = T0.plusSeconds(500);

    // when
    int first = store.deleteClosedExecutionsBefore(cutoff, 1);
    boolean oldestGoneFirst = store.execution(old1).isEmpty() && store.execution(old2).isPresent();
    int second = store.deleteClosedExecutionsBefore(cutoff, 10);
    int third = store.deleteClosedExecutionsBefore(cutoff, 10);

    // then
    assertThat(first).isEqualTo(1);
    assertThat(oldestGoneFirst).isTrue();
    assertThat(second).isEqualTo(1);
    assertThat(third).isZero();
    assertThat(store.execution(old2)).isEmpty();
    assertThat(store.journal(old2)).isEmpty();
    assertThat(store.history(old2, 0, 10, false)).isEmpty();
    assertThat(store.execution(recent)).isPresent();
    assertThat(store.execution(running)).isPresent();
    assertThat(store.history(running, 0, 10, false)).hasSize(1);
    assertThat(store.executions(SM, null, 10, null))
        .extracting(ExecutionRecord::arn)
        .containsExactlyInAnyOrder(recent, running);
  }

  @Test
  void aParentLinkIsTakenOnceAndListedWhenItsChildHasEnded() {
    // given
    String child = EX + "child";
    String other = EX + "other";
    store.createExecution(execution(child, T0), step("j1", List.of(), List.of(), List.of()));
    store.createExecution(execution(other, T0), step("j1", List.of(), List.of(), List.of()));
    ParentLink link = new ParentLink(child, EX, 3, "arn:aws:states:::states:startExecution.sync");
    store.putParentLink(link);
    store.putParentLink(
        new ParentLink(other, EX, 4, "arn:aws:states:::states:startExecution.sync:2"));
    List<ParentLink> whileRunning = store.parentLinksOfEndedChildren(10);

    // when
    store.appendStep(child, 1, ended("j2", "FAILED", T0.plusSeconds(1)));
    List<ParentLink> ended = store.parentLinksOfEndedChildren(10);
    var taken = store.takeParentLink(child);
    var again = store.takeParentLink(child);

    // then
    assertThat(whileRunning).isEmpty();
    assertThat(ended).containsExactly(link);
    assertThat(taken).contains(link);
    assertThat(again).isEmpty();
    assertThat(store.parentLinksOfEndedChildren(10)).isEmpty();
    assertThat(store.takeParentLink(other)).isPresent();
  }

  @Test
  void anExecutionIsCreatedOnce() {
    // given
    StepRecord first =
        step("{\"start\":1}", List.of(event(1, "ExecutionStarted")), List.of(), List.of());

    // when
    boolean created = store.createExecution(execution(EX, T0), first);
    boolean again = store.createExecution(execution(EX, T0), first);

    // then
    assertThat(created).isTrue();
    assertThat(again).isFalse();
    assertThat(store.journal(EX)).containsExactly("{\"start\":1}");
    assertThat(store.history(EX, 0, 100, false)).hasSize(1);
  }

  @Test
  void stepsAppendInOrderAndAStaleStepIsRefused() {
    // given
    store.createExecution(
        execution(EX, T0), step("j1", List.of(event(1, "ExecutionStarted")), List.of(), List.of()));

    // when
    store.appendStep(
        EX, 1, step("j2", List.of(event(2, "PassStateEntered")), List.of(), List.of()));

    // then: a second writer that read the journal at size 1 loses
    assertThatThrownBy(() ->
            store.appendStep(EX, 1, step("j2b", List.of(event(3, "X")), List.of(), List.of())))
        .isInstanceOf(ConcurrentStepException.class);
    assertThat(store.journal(EX)).containsExactly("j1", "j2");
    assertThat(store.history(EX, 0, 100, false))
        .extracting(StoredEvent::type)
        .containsExactly("ExecutionStarted", "PassStateEntered");
    assertThat(store.history(EX, 0, 1, true)).extracting(StoredEvent::id).containsExactly(2L);
    assertThat(store.history(EX, 1, 100, false)).extracting(StoredEvent::id).containsExactly(2L);
  }

  @Test
  void aStepThatEndsTheExecutionRecordsItsResult() {
    // given
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of()));

    // when
    store.appendStep(
        EX,
        1,
        new StepRecord(
            "j2",
            List.of(),
            "SUCCEEDED",
            "{\"ok\":true}",
            null,
            null,
            T0.plusSeconds(5),
            List.of(),
            List.of(),
            List.of(),
            List.of()));

    // then
    ExecutionRecord done = store.execution(EX).orElseThrow();
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.output()).isEqualTo("{\"ok\":true}");
    assertThat(done.stopDate()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void dueTimersAreClaimedOnceUntilTheLeaseEnds() {
    // given
    store.createExecution(
        execution(EX, T0),
        step("j1", List.of(), List.of(new TimerRecord(EX, 1, T0.plusSeconds(10))), List.of()));

    // when
    List<TimerRecord> early = store.claimDueTimers(T0.plusSeconds(5), 10, "a", T0.plusSeconds(65));
    List<TimerRecord> first = store.claimDueTimers(T0.plusSeconds(10), 10, "a", T0.plusSeconds(70));
    List<TimerRecord> second =
        store.claimDueTimers(T0.plusSeconds(11), 10, "b", T0.plusSeconds(71));
    List<TimerRecord> afterLease =
        store.claimDueTimers(T0.plusSeconds(80), 10, "b", T0.plusSeconds(140));

    // then
    assertThat(store.nextTimer()).contains(T0.plusSeconds(10));
    assertThat(early).isEmpty();
    assertThat(first).hasSize(1);
    assertThat(second).isEmpty();
    assertThat(afterLease).hasSize(1);
  }

  @Test
  void aFiredTimerIsRemovedWithItsStep() {
    // given
    store.createExecution(
        execution(EX, T0),
        step("j1", List.of(), List.of(new TimerRecord(EX, 1, T0.plusSeconds(10))), List.of()));

    // when
    store.appendStep(
        EX,
        1,
        new StepRecord(
            "j2",
            List.of(),
            "RUNNING",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(1L),
            List.of(),
            List.of()));

    // then
    assertThat(store.nextTimer()).isEmpty();
    assertThat(store.claimDueTimers(T0.plusSeconds(100), 10, "a", T0.plusSeconds(160))).isEmpty();
  }

  @Test
  void taskTokensFindTheirTaskUntilItIsAnswered() {
    // given
    TaskRecord task =
        new TaskRecord(
            EX, 7, "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "{}", "tok-1", T0);
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of(task)));

    // then
    assertThat(store.taskByToken("tok-1")).contains(task);
    assertThat(store.pendingTasks(10)).containsExactly(task);

    // when
    store.appendStep(
        EX,
        1,
        new StepRecord(
            "j2",
            List.of(),
            "RUNNING",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(7L)));

    // then
    assertThat(store.taskByToken("tok-1")).isEmpty();
    assertThat(store.pendingTasks(10)).isEmpty();
  }

  @Test
  void executionsListNewestFirstWithStatusFilterAndPages() {
    // given
    for (int i = 1; i <= 3; i++) {
      String arn = EX.replace(":e1", ":e" + i);
      store.createExecution(
          execution(arn, T0.plusSeconds(i)), step("j", List.of(), List.of(), List.of()));
    }
    store.appendStep(
        EX.replace(":e1", ":e2"),
        1,
        new StepRecord(
            "j2",
            List.of(),
            "FAILED",
            null,
            "E",
            "C",
            T0.plusSeconds(9),
            List.of(),
            List.of(),
            List.of(),
            List.of()));

    // when
    List<ExecutionRecord> page1 = store.executions(SM, null, 2, null);
    List<ExecutionRecord> page2 = store.executions(SM, null, 2, page1.getLast().arn());
    List<ExecutionRecord> failed = store.executions(SM, "FAILED", 10, null);

    // then
    assertThat(page1).extracting(ExecutionRecord::name).containsExactly("e3", "e2");
    assertThat(page2).extracting(ExecutionRecord::name).containsExactly("e1");
    assertThat(failed).extracting(ExecutionRecord::name).containsExactly("e2");
  }

  // ---- activities ----

  private static final String ACT = "arn:aws:states:us-east-1:111111111111:activity:pack";

  private static StepRecord settle(String journal, List<Long> removed, List<TaskRecord> added) {
    return new StepRecord(
        journal, List.of(), "RUNNING", null, null, null, null, List.of(), List.of(), added,
        removed);
  }

  @Test
  void anActivityIsCreatedOnceListedByNameAndDeleted() {
    // given
    String other = ACT.replace(":pack", ":audit");

    // when
    boolean created = store.createActivity(new ActivityRecord(ACT, "pack", T0));
    boolean again = store.createActivity(new ActivityRecord(ACT, "pack", T0.plusSeconds(1)));
    store.createActivity(new ActivityRecord(other, "audit", T0));

    // then
    assertThat(created).isTrue();
    assertThat(again).isFalse();
    assertThat(store.activity(ACT)).contains(new ActivityRecord(ACT, "pack", T0));
    assertThat(store.activities())
        .extracting(ActivityRecord::name)
        .containsExactly("audit", "pack");
    assertThat(store.deleteActivity(ACT)).isTrue();
    assertThat(store.deleteActivity(ACT)).isFalse();
    assertThat(store.activity(ACT)).isEmpty();
  }

  @Test
  void activityTasksAreClaimedOnceOldestFirstAndFoundByTheirToken() {
    // given
    TaskRecord later = new TaskRecord(EX, 2, ACT, "{\"n\":2}", null, T0.plusSeconds(2));
    TaskRecord older = new TaskRecord(EX, 1, ACT, "{\"n\":1}", null, T0.plusSeconds(1));
    TaskRecord elsewhere = new TaskRecord(EX, 3, ACT + "x", "{}", null, T0);
    store.createExecution(
        execution(EX, T0), step("j1", List.of(), List.of(), List.of(later, older, elsewhere)));

    // when
    var first = store.claimActivityTask(ACT, "w1", "tok-a", T0.plusSeconds(3));
    var second = store.claimActivityTask(ACT, "w2", "tok-b", T0.plusSeconds(3));
    var none = store.claimActivityTask(ACT, "w3", "tok-c", T0.plusSeconds(3));

    // then
    assertThat(first.orElseThrow().taskId()).isEqualTo(1);
    assertThat(first.orElseThrow().token()).isEqualTo("tok-a");
    assertThat(first.orElseThrow().parameters()).isEqualTo("{\"n\":1}");
    assertThat(second.orElseThrow().taskId()).isEqualTo(2);
    assertThat(none).isEmpty();
    assertThat(store.taskByToken("tok-a").orElseThrow().taskId()).isEqualTo(1);
    assertThat(store.taskByToken("tok-c")).isEmpty();
  }

  @Test
  void aTimedOutActivityTaskIsGoneAndItsRetryIsOfferedAgain() {
    // given: a worker took the task and never answered
    TaskRecord task = new TaskRecord(EX, 1, ACT, "{}", null, T0);
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of(task)));
    store.claimActivityTask(ACT, "w1", "tok-a", T0.plusSeconds(1));

    // when: its timeout fails it and a retry schedules it again
    TaskRecord retry = new TaskRecord(EX, 2, ACT, "{}", null, T0.plusSeconds(10));
    store.appendStep(EX, 1, settle("timeout", List.of(1L), List.of(retry)));
    var again = store.claimActivityTask(ACT, "w2", "tok-b", T0.plusSeconds(11));

    // then
    assertThat(again.orElseThrow().taskId()).isEqualTo(2);
    assertThat(store.taskByToken("tok-a")).isEmpty();
    assertThat(store.taskByToken("tok-b").orElseThrow().taskId()).isEqualTo(2);
  }

  @Test
  void concurrentWorkersNeverTakeTheSameActivityTask() throws Exception {
    // given
    List<TaskRecord> tasks = new java.util.ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      tasks.add(new TaskRecord(EX, i, ACT, "{}", null, T0.plusMillis(i)));
    }
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), tasks));

    // when
    List<Long> taken = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger tokens =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> workers = new java.util.ArrayList<>();
    for (int w = 0; w < 4; w++) {
      workers.add(
          Thread.ofPlatform()
              .start(() -> {
                while (true) {
                  var t =
                      store.claimActivityTask(
                          ACT, "w", "tok-" + tokens.incrementAndGet(), T0.plusSeconds(1));
                  if (t.isEmpty()) {
                    return;
                  }
                  taken.add(t.get().taskId());
                }
              }));
    }
    for (Thread t : workers) {
      t.join();
    }

    // then
    assertThat(taken).hasSize(20).doesNotHaveDuplicates();
  }
}
