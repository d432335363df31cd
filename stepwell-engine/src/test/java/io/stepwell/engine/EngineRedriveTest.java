package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RedriveExecution on the engine, with AWS's rules (RedriveExecution API reference; "Redriving
 * executions" in the Step Functions developer guide).
 */
class EngineRedriveTest {
  private static final String RESERVE =
      """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Result":1,"ResultPath":"$.prepared","Next":"Reserve"},
        "Reserve":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"token.$":"$$.Task.Token","redrives.$":"$$.Execution.RedriveCount"},
          "ResultPath":"$.reply","End":true}}}
      """;

  private final EngineTest.TestClock clock =
      new EngineTest.TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryStore store = new InMemoryStore();
  private final BlockingQueue<Object> calls = new LinkedBlockingQueue<>();
  private Engine engine = newEngine(0);

  private Engine newEngine(int cached) {
    Engine.Builder b =
        Engine.builder(store)
            .clock(clock)
            .runTimers(false)
            .tasks(
                "arn:aws:states:::sqs:",
                invocation -> {
                  calls.add(invocation.parameters());
                  return new TaskOutcome.Pending();
                });
    if (cached > 0) {
      b.cachedExecutions(cached);
    }
    return b.build();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** The parameters of the next task dispatched. */
  @SuppressWarnings("unchecked")
  private java.util.Map<String, Object> nextCall() throws InterruptedException {
    Object call = calls.poll(5, TimeUnit.SECONDS);
    assertThat(call).as("a task was dispatched").isNotNull();
    return (java.util.Map<String, Object>) call;
  }

  private ExecutionRecord failedExecution(String name) throws InterruptedException {
    String sm = engine.createStateMachine("reserve", RESERVE, "STANDARD", null).arn();
    ExecutionRecord e = engine.startExecution(sm, name, "{}");
    engine.sendTaskFailure((String) nextCall().get("token"), "Hotel.Full", "no room");
    return engine.describeExecution(e.arn());
  }

  private static String code(Throwable e) {
    return ((EngineException) e).code();
  }

  private static List<String> types(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::type).toList();
  }

  @Test
  void aFailedExecutionIsRedrivenFromItsFailedTaskAndSucceeds() throws Exception {
    // given
    ExecutionRecord failed = failedExecution("r1");
    clock.advance(Duration.ofMinutes(5));

    // when
    ExecutionRecord redriven = engine.redriveExecution(failed.arn(), "token-1");
    java.util.Map<String, Object> again = nextCall();
    engine.sendTaskSuccess((String) again.get("token"), "\"booked\"");
    ExecutionRecord done = engine.describeExecution(failed.arn());

    // then
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.redriveStatus()).isEqualTo("REDRIVABLE");
    assertThat(failed.redriveStatusReason()).isNull();
    assertThat(failed.redriveCount()).isZero();
    assertThat(redriven.status()).isEqualTo("RUNNING");
    assertThat(redriven.redriveCount()).isEqualTo(1);
    assertThat(redriven.redriveDate()).isEqualTo(clock.instant());
    assertThat(redriven.stopDate()).isNull();
    assertThat(redriven.redriveStatus()).isEqualTo("NOT_REDRIVABLE");
    assertThat(redriven.redriveStatusReason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");
    assertThat(again.get("redrives")).isEqualTo(1);
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.stopDate()).isEqualTo(clock.instant());
    assertThat(done.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(Json.parse(done.output()))
        .isEqualTo(Json.parse("{\"prepared\":1,\"reply\":\"booked\"}"));
    List<StoredEvent> history = engine.history(failed.arn(), 0, 100, false);
    assertThat(types(history))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "ExecutionFailed",
            "ExecutionRedriven",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    StoredEvent redrivenEvent = history.get(8);
    assertThat(redrivenEvent.previousEventId()).isEqualTo(8);
    assertThat(Json.parse(redrivenEvent.details())).isEqualTo(Json.parse("{\"redriveCount\":1}"));
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).isEqualTo(i + 1);
    }
  }

  @Test
  void theSameClientTokenRedrivesOnceForFifteenMinutes() throws Exception {
    // given
    ExecutionRecord failed = failedExecution("r2");
    ExecutionRecord first = engine.redriveExecution(failed.arn(), "same");
    nextCall();

    // when
    ExecutionRecord again = engine.redriveExecution(failed.arn(), "same");

    // then
    assertThat(again.redriveCount()).isEqualTo(1);
    assertThat(again.redriveDate()).isEqualTo(first.redriveDate());
    assertThat(types(engine.history(failed.arn(), 0, 100, false)))
        .containsOnlyOnce("ExecutionRedriven");
    assertThat(calls.poll(50, TimeUnit.MILLISECONDS)).isNull();
    assertThatThrownBy(() -> engine.redriveExecution(failed.arn(), "other"))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionNotRedrivable"))
        .hasMessage("Execution is RUNNING and cannot be redriven");
    clock.advance(Duration.ofMinutes(16));
    assertThatThrownBy(() -> engine.redriveExecution(failed.arn(), "same"))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionNotRedrivable"));
  }

  @Test
  void aRedriveIsRefusedWithAwsReasons() throws Exception {
    // given
    ExecutionRecord failed = failedExecution("r3");
    String sm = failed.stateMachineArn();
    String ok =
        engine
            .createStateMachine(
                "ok",
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                "STANDARD",
                null)
            .arn();
    ExecutionRecord succeeded = engine.startExecution(ok, "s", "{}");
    String express =
        engine
            .createStateMachine(
                "fast",
                "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"}}}",
                "EXPRESS",
                null)
            .arn();
    ExecutionRecord expressRun = engine.startExecution(express, "x", "{}");

    // then
    assertThatThrownBy(() -> engine.redriveExecution(succeeded.arn(), null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionNotRedrivable"))
        .hasMessage("Execution is SUCCEEDED and cannot be redriven");
    assertThatThrownBy(
            () -> engine.redriveExecution(sm.replace("stateMachine", "execution") + ":none", null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionDoesNotExist"));
    assertThatThrownBy(() -> engine.redriveExecution(expressRun.arn(), null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionNotRedrivable"));
    assertThatThrownBy(() -> engine.redriveExecution(failed.arn(), "x".repeat(65)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationException"));
    clock.advance(Duration.ofDays(14).plusSeconds(1));
    assertThat(engine.describeExecution(failed.arn()).redriveStatusReason())
        .isEqualTo("Execution redrivable period exceeded");
    assertThatThrownBy(() -> engine.redriveExecution(failed.arn(), null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ExecutionNotRedrivable"))
        .hasMessage("Execution redrivable period exceeded");
  }

  @Test
  void aRedrivenExecutionIsRebuiltFromItsJournal() throws Exception {
    // given: redriven, and the engine that redrove it gone
    ExecutionRecord failed = failedExecution("r4");
    engine.redriveExecution(failed.arn(), null);
    String token = (String) nextCall().get("token");
    engine.close();

    // when: another engine on the same store answers the redriven task
    engine = newEngine(1);
    engine.sendTaskSuccess(token, "\"late\"");

    // then
    ExecutionRecord done = engine.describeExecution(failed.arn());
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(Json.asObject(Json.parse(done.output())).get("reply")).isEqualTo("late");
    assertThat(engine.debugState(failed.arn())).containsEntry("journal", 4);
  }

  @Test
  void anExecutionFailsWhenItsHistoryIsFullAndCannotBeRedriven() {
    // given
    engine.close();
    engine = Engine.builder(store).clock(clock).runTimers(false).maxHistoryEvents(10).build();
    String sm =
        engine
            .createStateMachine(
                "loop",
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Next":"B"},
                  "B":{"Type":"Choice","Choices":[{"Variable":"$.x","IsPresent":false,"Next":"A"}],
                    "Default":"Done"},
                  "Done":{"Type":"Succeed"}}}
                """,
                "STANDARD",
                null)
            .arn();

    // when
    ExecutionRecord e = engine.describeExecution(engine.startExecution(sm, "l", "{}").arn());

    // then
    assertThat(e.status()).isEqualTo("FAILED");
    assertThat(e.error()).isEqualTo("States.Runtime");
    assertThat(e.cause())
        .isEqualTo("The execution reached the maximum number of history events (10).");
    assertThat(engine.history(e.arn(), 0, 100, false)).hasSize(10);
    assertThat(e.redriveStatus()).isEqualTo("NOT_REDRIVABLE");
    assertThat(e.redriveStatusReason()).isEqualTo("Execution history event limit exceeded");
    assertThatThrownBy(() -> engine.redriveExecution(e.arn(), null))
        .hasMessage("Execution history event limit exceeded");
  }
}
