package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily loop as a user without the AWS CLI runs it: a real {@code stepwell serve} process, and
 * the {@code executions} and {@code tasks} commands against it.
 */
class ServeCommandTest {

  @TempDir Path data;

  private static String workerMachine(String activityArn) {
    return """
    {"StartAt":"Pack","States":{"Pack":{"Type":"Task","Resource":"%s",
     "ResultPath":"$.packed","End":true}}}\
    """
        .formatted(activityArn);
  }

  @Test
  void executionWaitingOnAnActivitySurvivesKillAndIsAnsweredFromTheCli() throws Exception {
    String executionArn;
    String activityArn;
    try (ServerProcess server = ServerProcess.start("--data", data.toString())) {
      // given
      ApiClient api = new ApiClient(server.endpoint());
      activityArn = (String) api.call("CreateActivity", Map.of("name", "pack")).get("activityArn");
      api.call(
          "CreateStateMachine",
          Map.of(
              "name", "orders",
              "definition", workerMachine(activityArn),
              "roleArn", "arn:aws:iam::123456789012:role/x"));

      // when
      Cli started =
          Cli.run(
              "executions",
              "start",
              "orders",
              "--name",
              "o-1",
              "--input",
              "{\"id\":7}",
              "--endpoint",
              server.endpoint());

      // then
      assertThat(started.exitCode()).as(started.err()).isZero();
      executionArn = started.out().strip();
      assertThat(executionArn)
          .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:orders:o-1");
      server.kill();
    }

    try (ServerProcess server = ServerProcess.start("--data", data.toString())) {
      // given: the restarted server still has the execution, waiting
      Cli running = Cli.run("executions", "list", "orders", "--endpoint", server.endpoint());
      assertThat(running.out()).contains("RUNNING").contains("o-1");
      ApiClient api = new ApiClient(server.endpoint());
      Map<String, Object> task =
          api.call("GetActivityTask", Map.of("activityArn", activityArn, "workerName", "w"));
      String token = (String) task.get("taskToken");
      assertThat(Json.parse((String) task.get("input"))).isEqualTo(Map.of("id", 7));

      // when
      Cli answered =
          Cli.run(
              "tasks",
              "succeed",
              token,
              "--output",
              "{\"box\":3}",
              "--endpoint",
              server.endpoint());

      // then
      assertThat(answered.exitCode()).as(answered.err()).isZero();
      Cli described =
          Cli.run(
              "executions", "describe", executionArn, "--json", "--endpoint", server.endpoint());
      Map<String, Object> doc = Json.asObject(Json.parse(described.out()));
      for (int i = 0; i < 100 && "RUNNING".equals(doc.get("status")); i++) {
        Thread.sleep(50);
        doc =
            Json.asObject(
                Json.parse(
                    Cli.run(
                            "executions",
                            "describe",
                            executionArn,
                            "--json",
                            "--endpoint",
                            server.endpoint())
                        .out()));
      }
      assertThat(doc.get("status")).isEqualTo("SUCCEEDED");
      assertThat(Json.parse((String) doc.get("output")))
          .isEqualTo(Map.of("id", 7, "packed", Map.of("box", 3)));
      Cli history = Cli.run("executions", "history", executionArn, "--endpoint", server.endpoint());
      assertThat(history.out())
          .contains("ExecutionStarted")
          .contains("ActivityScheduled")
          .contains("ActivitySucceeded")
          .contains("ExecutionSucceeded");
    }
  }

  @Test
  void unknownTokenIsTheServersErrorTypeAndMessageWithExitCodeOne() throws Exception {
    try (ServerProcess server = ServerProcess.start("--memory")) {
      Cli cli =
          Cli.run(
              "tasks",
              "succeed",
              "no-such-token",
              "--output",
              "{}",
              "--endpoint",
              server.endpoint());
      assertThat(cli.exitCode()).isEqualTo(1);
      // the error name is the server's (the engine answers as AWS does); the CLI prints it as Type:
      // message
      assertThat(cli.err()).matches("(?s)(TaskTimedOut|TaskDoesNotExist|InvalidToken): .+");
    }
  }

  @Test
  void stopAndTaskFailureCarryTheirErrorAndCause() throws Exception {
    try (ServerProcess server = ServerProcess.start("--memory")) {
      // given: two executions waiting on an activity; the worker takes the first one's task
      ApiClient api = new ApiClient(server.endpoint());
      String activityArn =
          (String) api.call("CreateActivity", Map.of("name", "pack")).get("activityArn");
      api.call(
          "CreateStateMachine",
          Map.of(
              "name", "orders",
              "definition", workerMachine(activityArn),
              "roleArn", "arn:aws:iam::123456789012:role/x"));
      String first =
          Cli.run("executions", "start", "orders", "--name", "a", "--endpoint", server.endpoint())
              .out()
              .strip();
      Map<String, Object> task =
          api.call("GetActivityTask", Map.of("activityArn", activityArn, "workerName", "w"));
      String second =
          Cli.run("executions", "start", "orders", "--name", "b", "--endpoint", server.endpoint())
              .out()
              .strip();

      // when
      Cli fail =
          Cli.run(
              "tasks",
              "fail",
              (String) task.get("taskToken"),
              "--error",
              "OutOfBoxes",
              "--cause",
              "none left",
              "--endpoint",
              server.endpoint());
      Cli stop =
          Cli.run(
              "executions",
              "stop",
              second,
              "--error",
              "Cancelled",
              "--cause",
              "by the test",
              "--endpoint",
              server.endpoint());

      // then
      assertThat(fail.exitCode()).as(fail.err()).isZero();
      assertThat(stop.exitCode()).as(stop.err()).isZero();
      assertThat(AppointmentExampleTest.awaitEnd(api, first))
          .containsEntry("status", "FAILED")
          .containsEntry("error", "OutOfBoxes")
          .containsEntry("cause", "none left");
      assertThat(AppointmentExampleTest.awaitEnd(api, second))
          .containsEntry("status", "ABORTED")
          .containsEntry("error", "Cancelled")
          .containsEntry("cause", "by the test");
    }
  }

  @Test
  void serverNotRunningIsAClearMessage() {
    Cli cli = Cli.run("executions", "list", "orders", "--endpoint", "http://127.0.0.1:1");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains("cannot reach Stepwell at http://127.0.0.1:1/")
        .contains("stepwell serve");
  }

  @Test
  void badEndpointIsAUsageError() {
    Cli cli = Cli.run("executions", "list", "orders", "--endpoint", "not a url");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--endpoint");
  }

  @Test
  void validateReportsTheDiagnosticWithItsLocation() throws Exception {
    Path file =
        java.nio.file.Files.writeString(
            data.resolve("bad.asl.json"),
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}");
    Cli cli = Cli.run("validate", file.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("ERROR").contains("/States/A/Next");
  }

  @Test
  void validateMissingFileIsAUsageError() {
    Cli cli = Cli.run("validate", data.resolve("nope.json").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no such definition file");
  }
}
