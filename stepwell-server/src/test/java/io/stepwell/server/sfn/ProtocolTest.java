package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire: what a client that is not an SDK sees, byte for byte. */
class ProtocolTest {
  private SfnServer s;

  @BeforeEach
  void start() {
    s = new SfnServer();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void malformedJsonBodyIsSerializationException() throws Exception {
    HttpResponse<String> res = s.post("AWSStepFunctions.ListStateMachines", "{not json");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body())
        .isEqualTo(
            "{\"__type\":\"SerializationException\",\"message\":\"Start of structure or map found"
                + " where not expected.\"}");
  }

  @Test
  void unknownActionIsUnknownOperationException() throws Exception {
    HttpResponse<String> res = s.post("AWSStepFunctions.DoSomethingElse", "{}");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).isEqualTo("{\"__type\":\"UnknownOperationException\"}");
  }

  @Test
  void missingRequiredMemberIsValidationException() throws Exception {
    HttpResponse<String> res = s.post("AWSStepFunctions.DescribeStateMachine", "{}");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body())
        .isEqualTo(
            "{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value"
                + " null at 'stateMachineArn' failed to satisfy constraint: Member must not be"
                + " null\"}");
  }

  @Test
  void timestampsAreEpochSecondsAndAbsentMembersAreLeftOut() throws Exception {
    HttpResponse<String> res =
        s.post(
            "AWSStepFunctions.CreateStateMachine",
            "{\"name\":\"wire\",\"definition\":"
                + quoted(SfnServer.PASS)
                + ",\"roleArn\":\""
                + SfnServer.ROLE
                + "\"}");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
    assertThat(res.body())
        .matches(
            "\\{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:wire\","
                + "\"creationDate\":[0-9.]+(E[0-9]+)?\\}");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
