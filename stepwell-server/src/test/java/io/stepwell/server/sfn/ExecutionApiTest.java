package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/** The daily loop of executions through the SDK, on a SQLite store. */
class ExecutionApiTest {
  @TempDir Path dir;
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer(JdbcStore.sqlite(dir), new StepFunctionsApi());
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void callbackExecutionRunsFromStartToHistory() throws Exception {
    // given
    String sm = s.createStateMachine("orders", SfnServer.CALLBACK);

    // when
    var started =
        sfn.startExecution(b -> b.stateMachineArn(sm).name("run-1").input("{\"order\":42}"));
    TaskInvocation task = s.nextTask();
    DescribeExecutionResponse running =
        sfn.describeExecution(b -> b.executionArn(started.executionArn()));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"sent\":true}"));
    s.awaitEnd(started.executionArn());
    DescribeExecutionResponse done =
        sfn.describeExecution(b -> b.executionArn(started.executionArn()));

    // then
    assertThat(started.executionArn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:orders:run-1");
    assertThat(Json.parse(Json.write(task.parameters())))
        .isEqualTo(
            Map.of(
                "QueueUrl",
                "q",
                "MessageBody",
                Map.of("token", task.taskToken(), "in", Map.of("order", 42))));
    assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(running.output()).isNull();
    assertThat(running.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
    assertThat(running.redriveStatusReason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.name()).isEqualTo("run-1");
    assertThat(done.stateMachineArn()).isEqualTo(sm);
    assertThat(done.input()).isEqualTo("{\"order\":42}");
    assertThat(done.inputDetails().included()).isTrue();
    assertThat(Json.parse(done.output())).isEqualTo(Map.of("sent", true));
    assertThat(done.outputDetails().included()).isTrue();
    assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());
    assertThat(done.redriveCount()).isZero();

    GetExecutionHistoryResponse history =
        sfn.getExecutionHistory(b -> b.executionArn(started.executionArn()));
    List<HistoryEvent> events = history.events();
    assertThat(history.nextToken()).isNull();
    assertThat(events.getFirst().type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    assertThat(events.getFirst().id()).isEqualTo(1L);
    assertThat(events.getFirst().previousEventId()).isZero();
    assertThat(Json.parse(events.getFirst().executionStartedEventDetails().input()))
        .isEqualTo(Map.of("order", 42));
    assertThat(events.getFirst().executionStartedEventDetails().roleArn())
        .isEqualTo(SfnServer.ROLE);
    assertThat(events.getLast().type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(events)
        .filteredOn(e -> e.type() == HistoryEventType.TASK_SUCCEEDED)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.taskSucceededEventDetails().output()).isEqualTo("{\"sent\":true}");
          assertThat(e.taskSucceededEventDetails().resourceType()).isEqualTo("sqs");
        });
    assertThat(events)
        .filteredOn(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED)
        .singleElement()
        .satisfies(e -> assertThat(e.stateEnteredEventDetails().name()).isEqualTo("Send"));
    assertThat(events).extracting(HistoryEvent::id).isSorted();
  }

  @Test
  void historyPagesForwardAndBackward() throws Exception {
    // given
    String sm = s.createStateMachine("chain", SfnServer.PASS);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    s.awaitEnd(arn);
    List<Long> all =
        sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
            .map(HistoryEvent::id)
            .toList();

    // when
    List<Long> forward = pagedHistory(arn, false);
    List<Long> backward = pagedHistory(arn, true);

    // then
    assertThat(all).containsExactly(1L, 2L, 3L, 4L);
    assertThat(forward).isEqualTo(all);
    assertThat(backward).containsExactly(4L, 3L, 2L, 1L);
  }

  private List<Long> pagedHistory(String arn, boolean reverse) {
    List<Long> ids = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      GetExecutionHistoryResponse page =
          sfn.getExecutionHistory(
              b -> b.executionArn(arn).maxResults(3).reverseOrder(reverse).nextToken(t));
      assertThat(page.events()).hasSizeLessThanOrEqualTo(3);
      page.events().forEach(e -> ids.add(e.id()));
      token = page.nextToken();
    } while (token != null);
    return ids;
  }

  @Test
  void historyWithoutExecutionDataLeavesOutInputAndOutput() throws Exception {
    // given
    String sm = s.createStateMachine("quiet", SfnServer.PASS);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(sm).input("{\"secret\":1}")).executionArn();
    s.awaitEnd(arn);

    // when
    List<HistoryEvent> events =
        sfn.getExecutionHistory(b -> b.executionArn(arn).includeExecutionData(false)).events();

    // then
    assertThat(events.getFirst().executionStartedEventDetails().input()).isNull();
    assertThat(events.getFirst().executionStartedEventDetails().roleArn())
        .isEqualTo(SfnServer.ROLE);
    assertThat(events.getLast().executionSucceededEventDetails().output()).isNull();
  }

  @Test
  void listExecutionsPagesNewestFirstAndFiltersByStatus() throws Exception {
    // given
    String sm = s.createStateMachine("waiter", SfnServer.WAIT);
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = "e" + i;
      arns.add(sfn.startExecution(b -> b.stateMachineArn(sm).name(name)).executionArn());
      Thread.sleep(5);
    }
    sfn.stopExecution(b -> b.executionArn(arns.get(0)));
    sfn.stopExecution(b -> b.executionArn(arns.get(3)));

    // when
    List<String> running = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String t = token;
      ListExecutionsResponse page =
          sfn.listExecutions(b ->
              b.stateMachineArn(sm)
                  .statusFilter(ExecutionStatus.RUNNING)
                  .maxResults(2)
                  .nextToken(t));
      page.executions().forEach(e -> running.add(e.name()));
      token = page.nextToken();
      pages++;
    } while (token != null);
    List<ExecutionListItem> aborted =
        sfn.listExecutions(b -> b.stateMachineArn(sm).statusFilter(ExecutionStatus.ABORTED))
            .executions();
    List<ExecutionListItem> all = sfn.listExecutions(b -> b.stateMachineArn(sm)).executions();

    // then
    assertThat(running).containsExactly("e4", "e2", "e1");
    assertThat(pages).isEqualTo(2);
    assertThat(aborted).extracting(ExecutionListItem::name).containsExactly("e3", "e0");
    assertThat(aborted.getFirst().stopDate()).isNotNull();
    assertThat(all).hasSize(5);
    assertThat(all.getFirst().redriveCount()).isZero();
  }

  @Test
  void stopAbortsWithErrorAndCause() throws Exception {
    // given
    String sm = s.createStateMachine("stoppable", SfnServer.WAIT);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();

    // when
    var stopped =
        sfn.stopExecution(b -> b.executionArn(arn).error("Operator").cause("stopped by hand"));
    DescribeExecutionResponse e = sfn.describeExecution(b -> b.executionArn(arn));
    List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(arn)).events();

    // then
    assertThat(stopped.stopDate()).isEqualTo(e.stopDate());
    assertThat(e.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(e.error()).isEqualTo("Operator");
    assertThat(e.cause()).isEqualTo("stopped by hand");
    assertThat(e.redriveStatusAsString()).isEqualTo("REDRIVABLE");
    assertThat(events.getLast().type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
    assertThat(events.getLast().executionAbortedEventDetails().error()).isEqualTo("Operator");
  }

  @Test
  void stopOfAFinishedExecutionLeavesItAsItWas() throws Exception {
    // given
    String sm = s.createStateMachine("quick", SfnServer.PASS);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    s.awaitEnd(arn);
    DescribeExecutionResponse before = sfn.describeExecution(b -> b.executionArn(arn));

    // when
    var stopped = sfn.stopExecution(b -> b.executionArn(arn));

    // then
    assertThat(stopped.stopDate()).isEqualTo(before.stopDate());
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void describeStateMachineForExecutionShowsTheRevisionItRan() throws Exception {
    // given
    String sm = s.createStateMachine("evolving", SfnServer.WAIT);
    String first = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    var update = sfn.updateStateMachine(b -> b.stateMachineArn(sm).definition(SfnServer.PASS));

    // when
    var forFirst = sfn.describeStateMachineForExecution(b -> b.executionArn(first));
    String second = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    var forSecond = sfn.describeStateMachineForExecution(b -> b.executionArn(second));

    // then
    assertThat(forFirst.definition()).isEqualTo(SfnServer.WAIT);
    assertThat(forFirst.revisionId()).isNull();
    assertThat(forFirst.roleArn()).isEqualTo(SfnServer.ROLE);
    assertThat(forFirst.loggingConfiguration().levelAsString()).isEqualTo("OFF");
    assertThat(forSecond.definition()).isEqualTo(SfnServer.PASS);
    assertThat(forSecond.revisionId()).isEqualTo(update.revisionId());
  }
}
