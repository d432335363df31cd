package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code serve --auth} (SigV4 required, the CLI signs) and {@code /metrics}, on a real process. */
class ServeAuthAndMetricsTest {
  private static final Map<String, String> KEYS =
      Map.of("STEPWELL_ACCESS_KEY_ID", "AKIDSTEPWELL", "STEPWELL_SECRET_ACCESS_KEY", "s3cr3t");

  @AfterEach
  void forgetCredentials() {
    System.clearProperty("stepwell.accessKeyId");
    System.clearProperty("stepwell.secretAccessKey");
  }

  private static HttpResponse<String> raw(String url, String target) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (target != null) {
      b.header("X-Amz-Target", target)
          .header("Content-Type", "application/x-amz-json-1.0")
          .POST(HttpRequest.BodyPublishers.ofString("{}"));
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void authWithoutKeysIsRefusedAtStart() {
    assertThatThrownBy(() -> ServerProcess.start("--memory", "--auth"))
        .hasMessageContaining("--auth needs STEPWELL_ACCESS_KEY_ID and STEPWELL_SECRET_ACCESS_KEY");
  }

  @Test
  void anotherAddressWithoutAuthIsRefusedAtStart() {
    assertThatThrownBy(() -> ServerProcess.start("--memory", "--host", "0.0.0.0"))
        .hasMessageContaining("needs --auth");
  }

  @Test
  void unsignedRequestsAreRefusedAndSignedOnesServed() throws Exception {
    try (ServerProcess server = ServerProcess.start(KEYS, "--memory", "--auth")) {
      // unsigned: AWS's answer
      HttpResponse<String> refused =
          raw(server.endpoint() + "/", "AWSStepFunctions.ListStateMachines");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("MissingAuthenticationTokenException");

      // signed with a wrong secret
      System.setProperty("stepwell.accessKeyId", "AKIDSTEPWELL");
      System.setProperty("stepwell.secretAccessKey", "wrong");
      Cli wrong =
          Cli.run(
              "executions",
              "list",
              "arn:aws:states:us-east-1:123456789012:stateMachine:x",
              "--endpoint",
              server.endpoint());
      assertThat(wrong.exitCode()).isEqualTo(1);
      assertThat(wrong.err()).startsWith("InvalidSignatureException");

      // signed with the right one
      System.setProperty("stepwell.secretAccessKey", "s3cr3t");
      Cli right =
          Cli.run(
              "executions",
              "list",
              "arn:aws:states:us-east-1:123456789012:stateMachine:x",
              "--endpoint",
              server.endpoint());
      assertThat(right.err()).startsWith("StateMachineDoesNotExist");
      assertThat(raw(server.endpoint() + "/health", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void metricsCountExecutionsAndTransitions() throws Exception {
    try (ServerProcess server = ServerProcess.start("--memory")) {
      ApiClient api = new ApiClient(server.endpoint());
      String sm =
          (String)
              api.call(
                      "CreateStateMachine",
                      Map.of(
                          "name", "two",
                          "definition",
                              "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
                                  + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}",
                          "roleArn", "arn:aws:iam::123456789012:role/x"))
                  .get("stateMachineArn");
      String arn =
          (String) api.call("StartExecution", Map.of("stateMachineArn", sm)).get("executionArn");
      AppointmentExampleTest.awaitEnd(api, arn);

      String metrics = raw(server.endpoint() + "/metrics", null).body();

      assertThat(metrics)
          .contains("stepwell_executions_started_total 1")
          .contains("stepwell_executions_succeeded_total 1")
          .contains("stepwell_state_transitions_total 2")
          .contains("stepwell_api_request_seconds_count{action=\"StartExecution\"} 1")
          .contains("stepwell_store_commit_seconds");
      assertThat(raw(server.endpoint() + "/health", null).body()).contains("\"store\":\"UP\"");
    }
  }
}
