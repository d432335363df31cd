package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineTest {
  private static final String BOOKING =
      """
      {"StartAt":"Record","States":{
        "Record":{"Type":"Pass","Result":"recorded","ResultPath":"$.booking","Next":"SendSms"},
        "SendSms":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"phone.$":"$.phone","token.$":"$$.Task.Token"},"TimeoutSeconds":86400,
          "ResultPath":"$.reply","Next":"Cooldown"},
        "Cooldown":{"Type":"Wait","Seconds":3600,"Next":"Done"},
        "Done":{"Type":"Succeed"}}}
      """;

  private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryStore store = new InMemoryStore();
  private final AtomicReference<String> token = new AtomicReference<>();
  private Engine engine = newEngine();

  /** A clock that moves only when the test says. */
  static final class TestClock implements InstantSource {
    private volatile Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private Engine newEngine() {
    return Engine.builder(store)
        .clock(clock)
        .runTimers(false)
        .tasks(
            "arn:aws:states:::sqs:",
            invocation -> {
              token.set(invocation.taskToken());
              return new TaskOutcome.Pending();
            })
        .build();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private static List<String> types(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::type).toList();
  }

  private void awaitToken() throws InterruptedException {
    for (int i = 0; i < 500 && token.get() == null; i++) {
      Thread.sleep(2);
    }
  }

  @Test
  void bookingWaitsForTheReplyThenAnHourThenSucceeds() throws Exception {
    // given
    String sm =
        engine.createStateMachine("booking", BOOKING, "STANDARD", "arn:aws:iam::1:role/r").arn();

    // when
    ExecutionRecord started = engine.startExecution(sm, "b1", "{\"phone\":\"+15550100\"}");
    awaitToken();
    engine.sendTaskSuccess(token.get(), "{\"answer\":\"YES\"}");
    clock.advance(Duration.ofMinutes(59));
    int early = engine.fireDueTimers();
    clock.advance(Duration.ofMinutes(1));
    int due = engine.fireDueTimers();

    // then
    ExecutionRecord done = engine.describeExecution(started.arn());
    assertThat(early).isZero();
    assertThat(due).isEqualTo(1);
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(done.output()))
        .isEqualTo(
            Json.parse(
                "{\"phone\":\"+15550100\",\"booking\":\"recorded\",\"reply\":{\"answer\":\"YES\"}}"));
    assertThat(types(engine.history(started.arn(), 0, 1000, false)))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "WaitStateEntered",
            "WaitStateExited",
            "SucceedStateEntered",
            "SucceedStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void anotherEngineOnTheSameStoreFinishesTheExecution() throws Exception {
    // given: an execution waiting for its callback, and the engine that started it gone
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();
    ExecutionRecord started = engine.startExecution(sm, "b2", "{\"phone\":\"+15550101\"}");
    awaitToken();
    engine.close();

    // when: a new engine (empty cache) takes the callback and the timer
    engine = newEngine();
    engine.sendTaskSuccess(token.get(), "\"NO\"");
    clock.advance(Duration.ofHours(1));
    engine.fireDueTimers();

    // then: the state was rebuilt from the journal, ids continue without a gap
    ExecutionRecord done = engine.describeExecution(started.arn());
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    List<StoredEvent> history = engine.history(started.arn(), 0, 1000, false);
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).isEqualTo(i + 1);
    }
    assertThat(Json.asObject(Json.parse(done.output())).get("reply")).isEqualTo("NO");
  }

  @Test
  void aTokenIsAnsweredOnce() throws Exception {
    // given
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();
    engine.startExecution(sm, "b3", "{\"phone\":\"x\"}");
    awaitToken();
    engine.sendTaskFailure(token.get(), "Sms.Undeliverable", "no such number");

    // then
    assertThatThrownBy(() -> engine.sendTaskSuccess(token.get(), "{}"))
        .isInstanceOf(EngineException.class)
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("TaskTimedOut");
    assertThat(engine.describeExecution(sm.replace("stateMachine", "execution") + ":b3").error())
        .isEqualTo("Sms.Undeliverable");
  }

  @Test
  void startIsIdempotentByNameWhileRunning() {
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();
    ExecutionRecord first = engine.startExecution(sm, "same", "{\"phone\":\"1\"}");
    ExecutionRecord again = engine.startExecution(sm, "same", "{\"phone\":\"1\"}");

    assertThat(again.arn()).isEqualTo(first.arn());
    assertThatThrownBy(() -> engine.startExecution(sm, "same", "{\"phone\":\"2\"}"))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("ExecutionAlreadyExists");
  }

  @Test
  void badInputGetsAwsErrorsAndStoresNothing() {
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();

    assertThatThrownBy(() -> engine.startExecution(sm, "bad", "{not json"))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("InvalidExecutionInput");
    assertThatThrownBy(() -> engine.startExecution(sm, "big", "\"" + "a".repeat(300 * 1024) + "\""))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("ValidationException");
    assertThatThrownBy(
            () -> engine.createStateMachine("broken", "{\"StartAt\":\"X\"}", "STANDARD", null))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("InvalidDefinition");
    assertThatThrownBy(() -> engine.describeExecution(sm + ":nope"))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("ExecutionDoesNotExist");
    assertThatThrownBy(() -> engine.startExecution(sm, "bad name!", "{}"))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("InvalidName");
    assertThat(store.executions(sm, null, 10, null)).isEmpty();
  }

  @Test
  void stopAbortsARunningExecution() throws Exception {
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();
    ExecutionRecord started = engine.startExecution(sm, "s1", "{\"phone\":\"1\"}");
    awaitToken();

    ExecutionRecord stopped = engine.stopExecution(started.arn(), "Cancelled", "by the user");

    assertThat(stopped.status()).isEqualTo("ABORTED");
    assertThat(store.taskByToken(token.get())).isEmpty();
  }

  @Test
  void expressRunsSynchronouslyInMemory() throws Exception {
    // given
    String sm =
        engine
            .createStateMachine(
                "quick",
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":42,\"End\":true}}}",
                "EXPRESS",
                null)
            .arn();

    // when
    ExecutionRecord done = engine.startSyncExecution(sm, "q1", "{}", Duration.ofSeconds(5));

    // then
    assertThat(done.arn()).contains(":express:quick:q1:");
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.output()).isEqualTo("42");
    assertThat(store.executions(sm, null, 10, null)).isEmpty();
    assertThatThrownBy(() ->
            engine.startSyncExecution(
                engine.createStateMachine("slow", BOOKING, "STANDARD", null).arn(),
                "x",
                "{}",
                Duration.ofSeconds(1)))
        .extracting(e -> ((EngineException) e).code())
        .isEqualTo("StateMachineTypeNotSupported");
  }

  @Test
  void executionsBeyondTheCacheAreRebuiltFromTheirJournals() throws Exception {
    // given: an engine that keeps no state in memory at all
    engine.close();
    engine =
        Engine.builder(store)
            .clock(clock)
            .runTimers(false)
            .cachedExecutions(0)
            .tasks(
                "arn:aws:states:::sqs:",
                invocation -> {
                  token.set(invocation.taskToken());
                  return new TaskOutcome.Pending();
                })
            .build();
    String sm = engine.createStateMachine("booking", BOOKING, "STANDARD", null).arn();

    // when
    ExecutionRecord started = engine.startExecution(sm, "c1", "{\"phone\":\"1\"}");
    awaitToken();
    engine.sendTaskSuccess(token.get(), "\"OK\"");
    clock.advance(Duration.ofHours(1));
    engine.fireDueTimers();

    // then
    assertThat(engine.debugState(started.arn())).containsEntry("cached", false);
    assertThat(engine.describeExecution(started.arn()).status()).isEqualTo("SUCCEEDED");
  }
}
