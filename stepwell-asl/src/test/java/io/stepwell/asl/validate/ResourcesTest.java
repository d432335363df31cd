package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcesTest {
  private static String task(String resource) {
    return machine("'A':{'Type':'Task','Resource':'" + resource + "','End':true}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:lambda:us-east-1:111111111111:function:fn",
        "arn:aws:lambda:us-east-1:111111111111:function:fn:$LATEST",
        "arn:aws:states:us-east-1:111111111111:activity:act",
        "arn:aws:states:::lambda:invoke",
        "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws:states:::dynamodb:putItem",
        "arn:aws:states:::states:startExecution.sync:2",
        "arn:aws:states:::aws-sdk:dynamodb:query",
        "arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken",
        "arn:aws:states:::sagemaker:createTrainingJob.sync",
        "arn:aws-cn:states:::sqs:sendMessage",
      })
  void knownResourcesAreAccepted(String resource) {
    assertThat(errors(task(resource))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:::dynamodb:query",
        "arn:aws:states:::nosuchservice:doIt",
        "arn:aws:states:::aws-sdk:s3:getObject.sync",
        "not-an-arn",
      })
  void unknownResourcesAreNotRecognized(String resource) {
    // Recorded wording (dynamodb:query case).
    assertThat(errors(task(resource)))
        .containsExactly(
            schema(
                "The resource provided "
                    + resource
                    + " is not recognized. The value is not a valid resource ARN, or the resource"
                    + " is not available in this region.",
                "/States/A/Resource"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:::ecs:runTask.sync",
        "arn:aws:states:::states:startExecution.sync:2"
      })
  void expressRefusesRunAJob(String resource) {
    assertThat(errors(task(resource), Validator.EXPRESS))
        .containsExactly(
            schema(
                "Express state machine does not support '.sync' service integration",
                "/States/A/Resource"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:states:::sqs:sendMessage.waitForTaskToken"})
  void expressRefusesWaitForCallback(String resource) {
    // The recorded message really ends with a space.
    assertThat(errors(task(resource), Validator.EXPRESS))
        .containsExactly(
            schema(
                "Express state machine does not support '.waitForTaskToken' service integration ",
                "/States/A/Resource"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:states:::ecs:runTask.sync"})
  void standardAllowsRunAJob(String resource) {
    assertThat(errors(task(resource), Validator.STANDARD)).isEmpty();
  }
}
