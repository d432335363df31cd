package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real AWS CLI against the Lambda API. */
class LambdaCliTest {
  @TempDir Path data;
  @TempDir Path home;
  private LambdaTestServer t;
  private AwsCli aws;

  @BeforeEach
  void start() {
    AwsCli.requireCli();
    t = new LambdaTestServer(data);
    aws = new AwsCli(t.endpoint(), home);
  }

  @AfterEach
  void stop() {
    if (t != null) {
      t.close();
    }
  }

  @Test
  void cliInvokesAFunctionAndDecodesItsTail() throws Exception {
    // given
    t.create("echo", "demo.Echo");
    Path out = home.resolve("out.json");

    // when
    AwsCli.Result r =
        aws.run(
            "lambda",
            "invoke",
            "--function-name",
            "echo",
            "--payload",
            "{\"from\":\"cli\"}",
            "--cli-binary-format",
            "raw-in-base64-out",
            "--log-type",
            "Tail",
            out.toString());

    // then
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Map<String, Object> meta = Json.asObject(Json.parse(r.stdout()));
    assertThat(meta).containsEntry("StatusCode", 200).containsEntry("ExecutedVersion", "$LATEST");
    assertThat(meta).doesNotContainKey("FunctionError");
    String log =
        new String(
            Base64.getDecoder().decode((String) meta.get("LogResult")), StandardCharsets.UTF_8);
    assertThat(log).contains("START RequestId: ").contains("echo {from=cli}");
    assertThat(Json.asObject(Json.parse(Files.readString(out)))).containsEntry("from", "cli");
  }

  @Test
  void cliSeesAFunctionError() throws Exception {
    // given
    t.create("fail", "demo.Fail");
    Path out = home.resolve("out.json");

    // when
    AwsCli.Result r =
        aws.run(
            "lambda",
            "invoke",
            "--function-name",
            "fail",
            "--payload",
            "{\"why\":\"cli\"}",
            "--cli-binary-format",
            "raw-in-base64-out",
            out.toString());

    // then
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(Json.asObject(Json.parse(r.stdout()))).containsEntry("FunctionError", "Unhandled");
    assertThat(Json.asObject(Json.parse(Files.readString(out))))
        .containsEntry("errorMessage", "boom: cli");
  }

  @Test
  void cliReportsAMissingFunctionAsLambdaDoes() throws Exception {
    // when
    AwsCli.Result r =
        aws.run("lambda", "invoke", "--function-name", "nope", home.resolve("o").toString());

    // then
    assertThat(r.exitCode()).isEqualTo(254);
    assertThat(r.stderr())
        .contains(
            "An error occurred (ResourceNotFoundException) when calling the Invoke operation:"
                + " Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:$LATEST");
  }

  @Test
  void cliCreatesAHotReloadFunctionAndListsIt() throws Exception {
    // given
    Path code = home.resolve("code");
    LambdaFixtures.compileInto(code, "demo.Marker", LambdaFunctionsApiTest.markerSource("cli"));

    // when
    AwsCli.Result created =
        aws.run(
            "lambda",
            "create-function",
            "--function-name",
            "marker",
            "--runtime",
            "java21",
            "--handler",
            "demo.Marker",
            "--role",
            LambdaTestServer.ROLE,
            "--code",
            "S3Bucket=hot-reload,S3Key=" + code);
    AwsCli.Result listed = aws.run("lambda", "list-functions");

    // then
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(Json.asObject(Json.parse(created.stdout()))).containsEntry("State", "Active");
    assertThat(listed.stdout()).contains("\"FunctionName\": \"marker\"");
    assertThat(t.lambda.invoke(b -> b.functionName("marker")).payload().asUtf8String())
        .isEqualTo("\"cli\"");
  }
}
