package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.TaskInvocation;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** RedriveExecution through the SDK: a failed task runs again, the execution succeeds. */
class RedriveApiTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private TaskInvocation nextTask() throws InterruptedException {
    TaskInvocation t = s.tasks.poll(10, TimeUnit.SECONDS);
    assertThat(t).as("a dispatched task").isNotNull();
    return t;
  }

  private DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      DescribeExecutionResponse d = sfn.describeExecution(b -> b.executionArn(arn));
      if (d.status() != ExecutionStatus.RUNNING) {
        return d;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("still running: " + arn);
  }

  @Test
  void failedExecutionIsRedrivenFromItsFailedStateAndSucceeds() throws Exception {
    // given
    String sm =
        sfn.createStateMachine(
                b -> b.name("cb").definition(SfnServer.CALLBACK).roleArn(SfnServer.ROLE))
            .stateMachineArn();
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(sm).name("e1").input("{\"n\":1}")).executionArn();
    String first = nextTask().taskToken();
    sfn.sendTaskFailure(b -> b.taskToken(first).error("Boom").cause("first try"));
    DescribeExecutionResponse failed = awaitEnd(arn);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.redriveStatusAsString()).isEqualTo("REDRIVABLE");

    // when
    var redriven = sfn.redriveExecution(b -> b.executionArn(arn));
    String second = nextTask().taskToken();
    sfn.sendTaskSuccess(b -> b.taskToken(second).output("{\"sent\":true}"));

    // then
    assertThat(redriven.redriveDate()).isNotNull();
    DescribeExecutionResponse done = awaitEnd(arn);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"sent\":true}");
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
    assertThat(done.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(sfn.getExecutionHistory(b -> b.executionArn(arn)).events())
        .extracting(HistoryEvent::type)
        .contains(HistoryEventType.EXECUTION_FAILED, HistoryEventType.EXECUTION_REDRIVEN)
        .endsWith(HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(sfn.listExecutions(b -> b.stateMachineArn(sm)).executions().get(0).redriveCount())
        .isEqualTo(1);
  }

  @Test
  void runningExecutionIsNotRedrivable() throws Exception {
    String sm =
        sfn.createStateMachine(
                b -> b.name("cb").definition(SfnServer.CALLBACK).roleArn(SfnServer.ROLE))
            .stateMachineArn();
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm).name("e1")).executionArn();
    nextTask();

    assertAwsError(
        () -> sfn.redriveExecution(b -> b.executionArn(arn)),
        "ExecutionNotRedrivable",
        "Execution is RUNNING and cannot be redriven");
  }

  @Test
  void unknownExecutionDoesNotExist() {
    String arn = "arn:aws:states:us-east-1:123456789012:execution:nope:e1";
    assertAwsError(
        () -> sfn.redriveExecution(b -> b.executionArn(arn)),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + arn + "'");
  }
}
