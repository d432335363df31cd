package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.TaskInvocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real AWS CLI ({@code /usr/bin/aws}) against the server, as a user would drive it. */
class AwsCliTest {
  private static final Path AWS = Path.of("/usr/bin/aws");
  @TempDir Path home;
  private SfnServer s;

  @BeforeAll
  static void needsTheCli() {
    boolean present = Files.isExecutable(AWS);
    if ("true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      assertThat(present).as("the AWS CLI at " + AWS).isTrue();
    }
    assumeTrue(present, "the AWS CLI is not installed at " + AWS + " (Debian package awscli)");
  }

  @BeforeEach
  void start() {
    s = new SfnServer();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  /** What a CLI run printed and how it ended. */
  record Run(int exit, String out, String err) {
    Map<String, Object> json() {
      assertThat(exit).as(err).isZero();
      return Json.asObject(Json.parse(out));
    }
  }

  private Run aws(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(AWS.toString(), "stepfunctions"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", s.endpoint().toString(), "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_PAGER", "");
    env.put("HOME", home.toString());
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    Process p = pb.start();
    p.getOutputStream().close();
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void dailyLoopWithTheCli() throws Exception {
    // create
    Map<String, Object> created =
        aws(
                "create-state-machine",
                "--name",
                "cli",
                "--definition",
                SfnServer.CALLBACK,
                "--role-arn",
                SfnServer.ROLE)
            .json();
    String sm = (String) created.get("stateMachineArn");
    assertThat(sm).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:cli");
    assertThat(created.get("creationDate")).isInstanceOf(String.class);
    assertThat(aws("list-state-machines").json().get("stateMachines").toString()).contains(sm);

    // start, callback
    Map<String, Object> started =
        aws("start-execution", "--state-machine-arn", sm, "--name", "n1", "--input", "{\"x\":1}")
            .json();
    String exec = (String) started.get("executionArn");
    TaskInvocation task = s.nextTask();
    assertThat(aws("describe-execution", "--execution-arn", exec).json().get("status"))
        .isEqualTo("RUNNING");
    assertThat(
            aws("send-task-success", "--task-token", task.taskToken(), "--task-output", "{\"y\":2}")
                .exit())
        .isZero();
    s.awaitEnd(exec);
    Map<String, Object> described = aws("describe-execution", "--execution-arn", exec).json();
    assertThat(described.get("status")).isEqualTo("SUCCEEDED");
    assertThat(Json.parse((String) described.get("output"))).isEqualTo(Map.of("y", 2));

    // history, reversed and paged by the CLI's own paginator
    List<Object> events =
        Json.asArray(
            aws("get-execution-history", "--execution-arn", exec, "--page-size", "2")
                .json()
                .get("events"));
    assertThat(Json.asObject(events.getFirst()).get("type")).isEqualTo("ExecutionStarted");
    assertThat(Json.asObject(events.getLast()).get("type")).isEqualTo("ExecutionSucceeded");
    List<Object> reversed =
        Json.asArray(
            aws("get-execution-history", "--execution-arn", exec, "--reverse-order")
                .json()
                .get("events"));
    assertThat(Json.asObject(reversed.getFirst()).get("type")).isEqualTo("ExecutionSucceeded");
    assertThat(reversed).hasSameSizeAs(events);

    // stop another, list both
    String second =
        (String)
            aws("start-execution", "--state-machine-arn", sm, "--name", "n2")
                .json()
                .get("executionArn");
    s.nextTask();
    assertThat(
            aws("stop-execution", "--execution-arn", second, "--error", "E", "--cause", "C").json())
        .containsKey("stopDate");
    List<Object> listed =
        Json.asArray(
            aws("list-executions", "--state-machine-arn", sm, "--page-size", "1")
                .json()
                .get("executions"));
    assertThat(listed).extracting(e -> Json.asObject(e).get("name")).containsExactly("n2", "n1");
    List<Object> aborted =
        Json.asArray(
            aws("list-executions", "--state-machine-arn", sm, "--status-filter", "ABORTED")
                .json()
                .get("executions"));
    assertThat(aborted).extracting(e -> Json.asObject(e).get("name")).containsExactly("n2");
  }

  @Test
  void errorsReachTheCliWithAwsCodes() throws Exception {
    Run r =
        aws(
            "describe-execution",
            "--execution-arn",
            "arn:aws:states:us-east-1:123456789012:execution:a:b");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err())
        .contains("ExecutionDoesNotExist")
        .contains(
            "Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:a:b'");
  }
}
