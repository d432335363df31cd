package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.TaskInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Requests AWS refuses, refused with its error names and words. */
class ExecutionErrorsTest {
  private static final String NO_SUCH_EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:nothing:here";
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

  @Test
  void unknownExecutionIsExecutionDoesNotExist() {
    assertAwsError(
        () -> sfn.describeExecution(b -> b.executionArn(NO_SUCH_EXECUTION)),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + NO_SUCH_EXECUTION + "'");
    assertAwsError(
        () -> sfn.getExecutionHistory(b -> b.executionArn(NO_SUCH_EXECUTION)),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + NO_SUCH_EXECUTION + "'");
    assertAwsError(
        () -> sfn.stopExecution(b -> b.executionArn(NO_SUCH_EXECUTION)),
        "ExecutionDoesNotExist",
        null);
  }

  @Test
  void malformedArnIsInvalidArn() {
    assertAwsError(
        () -> sfn.describeExecution(b -> b.executionArn("invalid_state_machine_arn")),
        "InvalidArn",
        "Invalid Arn: 'Invalid ARN prefix: invalid_state_machine_arn'");
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn("invalid_state_machine_arn")),
        "InvalidArn",
        "Invalid Arn: 'Invalid ARN prefix: invalid_state_machine_arn'");
  }

  @Test
  void unknownStateMachineIsStateMachineDoesNotExist() {
    String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:ghost";
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(arn)),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + "'");
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn(arn)),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + "'");
  }

  @Test
  void badExecutionNameIsInvalidName() {
    String sm = s.createStateMachine("named", SfnServer.PASS);
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(sm).name("bad name")),
        "InvalidName",
        "Invalid Name: 'bad name'");
  }

  @Test
  void inputOver256KiBIsValidationException() {
    String sm = s.createStateMachine("big", SfnServer.PASS);
    String input = "\"" + "x".repeat(300 * 1024) + "\"";
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(sm).input(input)),
        "ValidationException",
        "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
            + " have length less than or equal to 262144");
  }

  @Test
  void inputThatIsNotJsonIsInvalidExecutionInput() {
    String sm = s.createStateMachine("typed", SfnServer.PASS);
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(sm).input("not json")),
        "InvalidExecutionInput",
        null);
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(sm).input("")),
        "InvalidExecutionInput",
        "Invalid State Machine Execution Input: 'Invalid execution input.'");
  }

  @Test
  void sameNameWithOtherInputIsExecutionAlreadyExists() {
    String sm = s.createStateMachine("once", SfnServer.WAIT);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(sm).name("x").input("{}")).executionArn();
    String again =
        sfn.startExecution(b -> b.stateMachineArn(sm).name("x").input("{}")).executionArn();
    assertThat(again).isEqualTo(arn);
    assertAwsError(
        () -> sfn.startExecution(b -> b.stateMachineArn(sm).name("x").input("{\"a\":1}")),
        "ExecutionAlreadyExists",
        "Execution Already Exists: '" + arn + "'");
  }

  @Test
  void maxResultsOutOfRangeIsValidationException() {
    String sm = s.createStateMachine("paged", SfnServer.PASS);
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn(sm).maxResults(1001)),
        "ValidationException",
        "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value less than or equal to 1000");
    assertAwsError(
        () -> sfn.listStateMachines(b -> b.maxResults(-1)),
        "ValidationException",
        "1 validation error detected: Value '-1' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 0");
  }

  @Test
  void madeUpOrForeignPageTokenIsInvalidToken() throws Exception {
    String sm = s.createStateMachine("tokens", SfnServer.PASS);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    s.awaitEnd(arn);
    String historyToken =
        sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1)).nextToken();
    assertThat(historyToken).isNotNull();
    assertAwsError(
        () -> sfn.listStateMachines(b -> b.nextToken("garbage!")),
        "InvalidToken",
        "Invalid Token: 'Invalid token'");
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn(sm).nextToken(historyToken)),
        "InvalidToken",
        "Invalid Token: 'Invalid token'");
    assertAwsError(
        () -> sfn.listStateMachines(b -> b.nextToken("x".repeat(1025))),
        "ValidationException",
        "1 validation error detected: Value '"
            + "x".repeat(1025)
            + "' at 'nextToken' failed to satisfy constraint: Member must have length less than"
            + " or equal to 1024");
  }

  @Test
  void statusFilterOutsideTheEnumIsValidationException() {
    String sm = s.createStateMachine("filtered", SfnServer.PASS);
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn(sm).statusFilter("succeeded")),
        "ValidationException",
        "1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT,"
            + " PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
  }

  @Test
  void aTokenUsedTwiceIsTaskTimedOut() throws Exception {
    String sm = s.createStateMachine("callback", SfnServer.CALLBACK);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    TaskInvocation task = s.nextTask();
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}"));
    s.awaitEnd(arn);
    assertAwsError(
        () -> sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}")),
        "TaskTimedOut",
        "Task Timed Out: 'Provided task does not exist anymore'");
    assertAwsError(
        () -> sfn.sendTaskHeartbeat(b -> b.taskToken(task.taskToken())),
        "TaskTimedOut",
        "Task Timed Out: 'Provided task does not exist anymore'");
  }

  @Test
  void callbackFailureFailsTheExecutionAndBadOutputIsInvalidOutput() throws Exception {
    String sm = s.createStateMachine("failing", SfnServer.CALLBACK);
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    TaskInvocation task = s.nextTask();
    sfn.sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
    assertAwsError(
        () -> sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{not json")),
        "InvalidOutput",
        null);
    sfn.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Boom").cause("it broke"));
    s.awaitEnd(arn);
    var e = sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(e.statusAsString()).isEqualTo("FAILED");
    assertThat(e.error()).isEqualTo("Boom");
    assertThat(e.cause()).isEqualTo("it broke");
  }

  @Test
  void expressExecutionsHaveNoDescribeOrHistory() throws Exception {
    String sm =
        sfn.createStateMachine(b ->
                b.name("fast").definition(SfnServer.PASS).roleArn(SfnServer.ROLE).type("EXPRESS"))
            .stateMachineArn();
    String arn = sfn.startExecution(b -> b.stateMachineArn(sm)).executionArn();
    assertThat(arn).startsWith("arn:aws:states:us-east-1:123456789012:express:fast:");
    assertAwsError(
        () -> sfn.describeExecution(b -> b.executionArn(arn)),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: express'");
    assertAwsError(
        () -> sfn.listExecutions(b -> b.stateMachineArn(sm)),
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }
}
