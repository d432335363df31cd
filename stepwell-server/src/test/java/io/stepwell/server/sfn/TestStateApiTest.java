package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/** TestState (which the SDK sends to the {@code sync-} host, so the prefix is off here). */
class TestStateApiTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sfn = s.client(true);
  }

  @AfterEach
  void stop() {
    sfn.close();
    s.close();
  }

  private TestStateResponse test(String state, String input) {
    return sfn.testState(b -> b.definition(state).input(input).roleArn(SfnServer.ROLE));
  }

  @Test
  void passStateGivesOutputAndNextState() {
    TestStateResponse r =
        test(
            "{\"Type\":\"Pass\",\"Parameters\":{\"b.$\":\"$.a\"},\"Next\":\"After\"}", "{\"a\":7}");
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(r.output())).isEqualTo(Map.of("b", 7));
    assertThat(r.nextState()).isEqualTo("After");
    assertThat(r.inspectionData()).isNull();
  }

  @Test
  void choiceStateNamesTheBranchTaken() {
    String choice =
        "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,\"Next\":\"Big\"}],"
            + "\"Default\":\"Small\"}";
    assertThat(test(choice, "{\"n\":9}").nextState()).isEqualTo("Big");
    assertThat(test(choice, "{\"n\":1}").nextState()).isEqualTo("Small");
  }

  @Test
  void parallelStateRunsItsBranches() {
    String parallel =
        "{\"Type\":\"Parallel\",\"Branches\":["
            + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":1,\"End\":true}}},"
            + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"Result\":2,\"End\":true}}}],"
            + "\"Next\":\"Join\"}";
    TestStateResponse r = test(parallel, "{}");
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(r.output())).isEqualTo(java.util.List.of(1, 2));
    assertThat(r.nextState()).isEqualTo("Join");
  }

  @Test
  void failStateFails() {
    TestStateResponse r = test("{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}", "{}");
    assertThat(r.statusAsString()).isEqualTo("FAILED");
    assertThat(r.error()).isEqualTo("E");
    assertThat(r.cause()).isEqualTo("C");
  }

  @Test
  void waitStateDoesNotWait() {
    TestStateResponse r =
        test("{\"Type\":\"Wait\",\"Seconds\":3600,\"Next\":\"Later\"}", "{\"x\":1}");
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(r.nextState()).isEqualTo("Later");
  }

  @Test
  void taskStateIsAnsweredByItsMock() {
    String task =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
            + "\"Parameters\":{\"FunctionName\":\"f\",\"Payload.$\":\"$\"},\"End\":true}";
    TestStateResponse r =
        sfn.testState(b ->
            b.definition(task)
                .input("{\"a\":1}")
                .mock(m -> m.result("{\"done\":true}"))
                .inspectionLevel("DEBUG"));
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(r.output())).isEqualTo(Map.of("done", true));
    assertThat(r.nextState()).isNull();
    assertThat(Json.parse(r.inspectionData().input())).isEqualTo(Map.of("a", 1));
    assertThat(Json.parse(r.inspectionData().afterParameters()))
        .isEqualTo(Map.of("FunctionName", "f", "Payload", Map.of("a", 1)));
  }

  @Test
  void caughtAndRetriableErrorsAreReportedSo() {
    String caught =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},"
            + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Handler\"}],\"End\":true}";
    TestStateResponse c =
        sfn.testState(
            b -> b.definition(caught).mock(m -> m.errorOutput(e -> e.error("Boom").cause("bad"))));
    assertThat(c.statusAsString()).isEqualTo("CAUGHT_ERROR");
    assertThat(c.nextState()).isEqualTo("Handler");
    assertThat(c.error()).isEqualTo("Boom");

    String retried =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},"
            + "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}],\"End\":true}";
    TestStateResponse r =
        sfn.testState(
            b -> b.definition(retried).mock(m -> m.errorOutput(e -> e.error("Boom").cause("bad"))));
    assertThat(r.statusAsString()).isEqualTo("RETRIABLE");
    assertThat(r.error()).isEqualTo("Boom");
    assertThat(r.cause()).isEqualTo("bad");
  }

  @Test
  void taskWithoutMockAndInvalidStateAreRefused() {
    assertAwsError(
        () ->
            test(
                "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},\"End\":true}",
                "{}"),
        "ValidationException",
        null);
    assertAwsError(() -> test("{\"Type\":\"Pass\"}", "{}"), "InvalidDefinition", null);
  }
}
