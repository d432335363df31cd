package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineActivitiesTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final Engine engine = Engine.builder(new InMemoryStore()).runTimers(false).build();
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void close() {
    workers.shutdownNow();
    engine.close();
  }

  private ExecutionRecord start(ActivityRecord activity, String input) {
    String definition =
        """
        {"StartAt":"Pack","States":{"Pack":{"Type":"Task","Resource":"%s","End":true}}}
        """
            .formatted(activity.arn());
    String sm =
        engine.createStateMachine("packing", definition, "STANDARD", "arn:aws:iam::1:role/r").arn();
    return engine.startExecution(sm, null, input);
  }

  private static List<String> types(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::type).toList();
  }

  @Test
  void createActivityIsIdempotentByNameAndUsesAwsArnShape() {
    // when
    ActivityRecord first = engine.createActivity("pack");
    ActivityRecord again = engine.createActivity("pack");

    // then
    assertThat(first.arn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:pack");
    assertThat(again).isEqualTo(first);
    assertThat(engine.describeActivity(first.arn())).isEqualTo(first);
    assertThat(engine.listActivities()).containsExactly(first);
  }

  @Test
  void aWorkerLongPollsGetsTheTaskAndAnswers() throws Exception {
    // given: the worker polls before the task is scheduled
    ActivityRecord pack = engine.createActivity("pack");
    Future<Optional<ActivityTask>> polled =
        workers.submit(() -> engine.getActivityTask(pack.arn(), "packer-1", WAIT));

    // when
    ExecutionRecord execution = start(pack, "{\"order\":42}");
    ActivityTask task = polled.get().orElseThrow();
    engine.sendTaskSuccess(task.taskToken(), "{\"packed\":true}");

    // then
    assertThat(Json.parse(task.input())).isEqualTo(Map.of("order", 42));
    ExecutionRecord done = engine.awaitExecution(execution.arn(), WAIT);
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(done.output())).isEqualTo(Map.of("packed", true));
    assertThat(types(engine.history(execution.arn(), 0, 100, false)))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivityStarted",
            "ActivitySucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    // AWS records which worker took the task
    assertThat(
            engine.history(execution.arn(), 0, 100, false).stream()
                .filter(e -> e.type().equals("ActivityStarted"))
                .findFirst()
                .orElseThrow()
                .details())
        .contains("\"workerName\"");
  }

  @Test
  void twoWorkersPollingForOneTaskOnlyOneGetsIt() throws Exception {
    // given
    ActivityRecord pack = engine.createActivity("pack");
    List<Future<Optional<ActivityTask>>> polls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String worker = "packer-" + i;
      polls.add(
          workers.submit(() -> engine.getActivityTask(pack.arn(), worker, Duration.ofSeconds(1))));
    }

    // when
    start(pack, "{}");

    // then
    List<Optional<ActivityTask>> answers = new ArrayList<>();
    for (Future<Optional<ActivityTask>> p : polls) {
      answers.add(p.get());
    }
    assertThat(answers.stream().filter(Optional::isPresent)).hasSize(1);
  }

  @Test
  void aPollWithNoTaskReturnsEmptyAfterTheWait() throws Exception {
    // given
    ActivityRecord pack = engine.createActivity("pack");
    long before = System.nanoTime();

    // when
    Optional<ActivityTask> task = engine.getActivityTask(pack.arn(), "w", Duration.ofMillis(300));

    // then
    assertThat(task).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - before))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void anUnknownActivityIsActivityDoesNotExistAndABadArnIsInvalidArn() {
    // given
    String missing = "arn:aws:states:us-east-1:123456789012:activity:nobody";

    // then
    assertThatThrownBy(() -> engine.getActivityTask(missing, "w", Duration.ofMillis(10)))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("ActivityDoesNotExist"));
    assertThatThrownBy(() -> engine.describeActivity(missing))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("ActivityDoesNotExist"));
    assertThatThrownBy(() ->
            engine.getActivityTask(
                "arn:aws:states:us-east-1:123456789012:stateMachine:x", "w", Duration.ZERO))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("InvalidArn"));
    assertThatThrownBy(() -> engine.createActivity("bad name"))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("InvalidName"));
  }

  @Test
  void aDeletedActivityIsGone() {
    // given
    ActivityRecord pack = engine.createActivity("pack");

    // when
    engine.deleteActivity(pack.arn());
    engine.deleteActivity(pack.arn());

    // then
    assertThat(engine.listActivities()).isEmpty();
    assertThatThrownBy(() -> engine.describeActivity(pack.arn()))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("ActivityDoesNotExist"));
  }

  @Test
  void answeringTwiceIsTaskTimedOut() throws Exception {
    // given
    ActivityRecord pack = engine.createActivity("pack");
    ExecutionRecord execution = start(pack, "{}");
    ActivityTask task = engine.getActivityTask(pack.arn(), "w", WAIT).orElseThrow();
    engine.sendTaskFailure(task.taskToken(), "Packing.Jammed", "the belt stopped");

    // then
    assertThatThrownBy(() -> engine.sendTaskSuccess(task.taskToken(), "{}"))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.code()).isEqualTo("TaskTimedOut"));
    ExecutionRecord done = engine.awaitExecution(execution.arn(), WAIT);
    assertThat(done.status()).isEqualTo("FAILED");
    assertThat(done.error()).isEqualTo("Packing.Jammed");
    assertThat(done.cause()).isEqualTo("the belt stopped");
  }

  @Test
  void aWorkerThreadServesTasksUntilTheExecutionsEnd() throws Exception {
    // given: a worker loop like an SDK client's
    ActivityRecord pack = engine.createActivity("pack");
    CompletableFuture<Void> worker =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (int served = 0; served < 3; ) {
                  Optional<ActivityTask> t =
                      engine.getActivityTask(pack.arn(), "loop", Duration.ofMillis(200));
                  if (t.isPresent()) {
                    engine.sendTaskHeartbeat(t.get().taskToken());
                    engine.sendTaskSuccess(t.get().taskToken(), t.get().input());
                    served++;
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            workers);

    // when
    List<ExecutionRecord> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(start(pack, "{\"n\":" + i + "}"));
    }
    worker.get();

    // then
    for (int i = 0; i < 3; i++) {
      ExecutionRecord done = engine.awaitExecution(runs.get(i).arn(), WAIT);
      assertThat(done.status()).isEqualTo("SUCCEEDED");
      assertThat(Json.parse(done.output())).isEqualTo(Map.of("n", i));
    }
  }

  @Test
  void aTaskWhoseWorkerNeverAnswersTimesOutAndItsRetryIsOfferedAgain() throws Exception {
    // given: a hand-driven clock, and a Task state that retries its timeout once
    EngineTest.TestClock clock =
        new EngineTest.TestClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    try (Engine timed = Engine.builder(new InMemoryStore()).clock(clock).runTimers(false).build()) {
      ActivityRecord pack = timed.createActivity("pack");
      String definition =
          """
          {"StartAt":"Pack","States":{"Pack":{"Type":"Task","Resource":"%s","TimeoutSeconds":5,
            "Retry":[{"ErrorEquals":["States.Timeout"],"IntervalSeconds":1,"MaxAttempts":1}],
            "End":true}}}
          """
              .formatted(pack.arn());
      String sm = timed.createStateMachine("packing", definition, "STANDARD", "r").arn();
      ExecutionRecord execution = timed.startExecution(sm, null, "{}");
      ActivityTask lost = timed.getActivityTask(pack.arn(), "dies", WAIT).orElseThrow();

      // when: the timeout fires, then the retry's interval passes
      clock.advance(Duration.ofSeconds(5));
      timed.fireDueTimers();
      clock.advance(Duration.ofSeconds(1));
      timed.fireDueTimers();
      ActivityTask retried = timed.getActivityTask(pack.arn(), "lives", WAIT).orElseThrow();
      timed.sendTaskSuccess(retried.taskToken(), "\"done\"");

      // then
      assertThat(retried.taskToken()).isNotEqualTo(lost.taskToken());
      assertThatThrownBy(() -> timed.sendTaskSuccess(lost.taskToken(), "{}"))
          .isInstanceOfSatisfying(
              EngineException.class, e -> assertThat(e.code()).isEqualTo("TaskTimedOut"));
      assertThat(timed.awaitExecution(execution.arn(), WAIT).status()).isEqualTo("SUCCEEDED");
      assertThat(types(timed.history(execution.arn(), 0, 100, false)))
          .containsSubsequence("ActivityScheduled", "ActivityTimedOut", "ActivityScheduled");
    }
  }

  @Test
  void aTaskForADeletedActivityFailsWithStatesRuntime() throws Exception {
    // given
    ActivityRecord pack = engine.createActivity("pack");
    String definition =
        """
        {"StartAt":"Pack","States":{"Pack":{"Type":"Task","Resource":"%s","End":true}}}
        """
            .formatted(pack.arn());
    String sm = engine.createStateMachine("packing", definition, "STANDARD", "r").arn();
    engine.deleteActivity(pack.arn());

    // when
    ExecutionRecord done = engine.awaitExecution(engine.startExecution(sm, null, "{}").arn(), WAIT);

    // then: AWS's error; its cause also names the state, which the dispatcher does not know
    assertThat(done.status()).isEqualTo("FAILED");
    assertThat(done.error()).isEqualTo("States.Runtime");
    assertThat(done.cause()).contains("The activity " + pack.arn() + " does not exist.");
  }
}
