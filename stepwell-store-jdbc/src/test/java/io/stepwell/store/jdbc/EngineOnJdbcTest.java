package io.stepwell.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ParentLink;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redrive, retention and listing by version on a database: what the engine keeps survives a
 * restart, and another node carries on from it. Each database subclasses this.
 */
abstract class EngineOnJdbcTest {
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:reserve";
  private static final String RESERVE =
      """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Result":1,"ResultPath":"$.prepared","Next":"Reserve"},
        "Reserve":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"token.$":"$$.Task.Token"},"ResultPath":"$.reply","End":true}}}
      """;

  /** A clock that moves only when the test says. */
  static final class Clock implements InstantSource {
    volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Clock clock = new Clock();
  private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
  private final List<AutoCloseable> open = new ArrayList<>();

  /** A store on this test's database; every call is another node on the same data. */
  protected abstract Store openStore();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  private Engine node() {
    Store store = openStore();
    open.add(store);
    Engine engine =
        Engine.builder(store)
            .clock(clock)
            .runTimers(false)
            .retention(Duration.ofDays(30))
            .tasks(
                "arn:aws:states:::sqs:",
                invocation -> {
                  tokens.add(invocation.taskToken());
                  return new TaskOutcome.Pending();
                })
            .build();
    open.add(engine);
    return engine;
  }

  private String nextToken() throws InterruptedException {
    String token = tokens.poll(5, TimeUnit.SECONDS);
    assertThat(token).as("a task was dispatched").isNotNull();
    return token;
  }

  @Test
  void aRedriveOnOneNodeIsFinishedByAnother() throws Exception {
    // given: an execution failed at its task
    Engine first = node();
    first.createStateMachine("reserve", RESERVE, "STANDARD", null);
    String arn = first.startExecution(SM, "r1", "{}").arn();
    first.sendTaskFailure(nextToken(), "Hotel.Full", "no room");
    clock.now = clock.now.plusSeconds(60);

    // when: one node redrives it, the other answers the task scheduled again
    ExecutionRecord redriven = first.redriveExecution(arn, "once");
    String token = nextToken();
    Engine second = node();
    ExecutionRecord seen = second.describeExecution(arn);
    ExecutionRecord again = second.redriveExecution(arn, "once");
    second.sendTaskSuccess(token, "\"booked\"");

    // then
    assertThat(redriven.redriveCount()).isEqualTo(1);
    assertThat(seen.status()).isEqualTo("RUNNING");
    assertThat(seen.redriveCount()).isEqualTo(1);
    assertThat(seen.redriveDate()).isEqualTo(clock.now);
    assertThat(again.redriveCount()).isEqualTo(1);
    ExecutionRecord done = second.describeExecution(arn);
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.redriveDate()).isEqualTo(clock.now);
    assertThat(done.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    List<StoredEvent> history = second.history(arn, 0, 100, false);
    assertThat(history).extracting(StoredEvent::type).containsOnlyOnce("ExecutionRedriven");
    assertThat(history.getLast().type()).isEqualTo("ExecutionSucceeded");
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).isEqualTo(i + 1);
    }
  }

  @Test
  void expiredExecutionsAreDeletedAndVersionsListTheirOwn() throws Exception {
    // given
    Engine engine = node();
    engine.createStateMachine(
        "reserve",
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
        "STANDARD",
        null);
    String v1 = engine.publishStateMachineVersion(SM, null).arn();
    String prod =
        engine.createStateMachineAlias("prod", null, List.of(new AliasRoute(v1, 100))).arn();
    engine.startExecution(SM, "old", "{}");
    clock.now = clock.now.plus(Duration.ofDays(20));
    engine.startExecution(v1, "direct", "{}");
    clock.now = clock.now.plusSeconds(1);
    engine.startExecution(prod, "routed", "{}");

    // when
    List<String> ofVersion = names(engine.listExecutions(v1, null, 10, null));
    List<String> ofAlias = names(engine.listExecutions(prod, null, 10, null));
    clock.now = clock.now.plus(Duration.ofDays(15));
    int deleted = engine.deleteExpiredExecutions();

    // then
    assertThat(ofVersion).containsExactly("routed", "direct");
    assertThat(ofAlias).containsExactly("routed");
    assertThat(deleted).isEqualTo(1);
    assertThat(names(engine.listExecutions(SM, null, 10, null)))
        .containsExactly("routed", "direct");
  }

  @Test
  void aChildEndingOnAnotherNodeAnswersItsParent() throws Exception {
    // given: a parent on node A waits (.sync) for a child that waits for a task token
    Engine a = node();
    Engine b = node();
    String child = a.createStateMachine("reserve", RESERVE, "STANDARD", null).arn();
    String parent =
        a.createStateMachine(
                "trip",
                """
                {"StartAt":"Book","States":{"Book":{"Type":"Task",
                  "Resource":"arn:aws:states:::states:startExecution.sync:2",
                  "Parameters":{"StateMachineArn":"%s","Input":{},"Name":"hotel"},
                  "OutputPath":"$.Output","End":true}}}
                """
                    .formatted(child),
                "STANDARD",
                null)
            .arn();
    String parentArn = a.startExecution(parent, "t1", "{}").arn();
    String token = nextToken();

    // when: node B takes the child's callback, and with it the child's end
    b.sendTaskSuccess(token, "\"booked\"");
    ExecutionRecord done = b.awaitExecution(parentArn, Duration.ofSeconds(10));

    // then
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.output()).isEqualTo("{\"prepared\":1,\"reply\":\"booked\"}");
  }

  @Test
  void aParentWhoseAnswerWasLostIsAnsweredLater() throws Exception {
    // given: a child that ended with its parent still linked (its node stopped in between)
    Store raw = openStore();
    open.add(raw);
    Engine a = node();
    String child =
        a.createStateMachine(
                "reserve",
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                "STANDARD",
                null)
            .arn();
    String parent =
        a.createStateMachine(
                "trip",
                """
                {"StartAt":"Book","States":{"Book":{"Type":"Task",
                  "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters":{"token.$":"$$.Task.Token"},"End":true}}}
                """,
                "STANDARD",
                null)
            .arn();
    String parentArn = a.startExecution(parent, "t2", "{}").arn();
    nextToken();
    String childArn = a.startExecution(child, "done", "{\"n\":1}").arn();
    raw.putParentLink(
        new ParentLink(childArn, parentArn, 1, "arn:aws:states:::states:startExecution.sync:2"));

    // when
    node().answerLostParents();

    // then
    ExecutionRecord done = a.awaitExecution(parentArn, Duration.ofSeconds(10));
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.output()).contains("\"Status\":\"SUCCEEDED\"");
    assertThat(raw.parentLinksOfEndedChildren(10)).isEmpty();
  }

  private static List<String> names(List<ExecutionRecord> executions) {
    return executions.stream().map(ExecutionRecord::name).toList();
  }
}
