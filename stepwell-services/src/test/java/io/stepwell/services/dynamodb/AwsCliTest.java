package io.stepwell.services.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real AWS CLI ({@code aws dynamodb ...}) against the server. */
class AwsCliTest {
  private static final Path AWS = Path.of("/usr/bin/aws");
  private final DynamoServer dynamo = new DynamoServer();

  @AfterEach
  void stop() {
    dynamo.close();
  }

  /** Runs {@code aws dynamodb <args>}; returns its exit code and output. */
  private Result aws(String... args) throws IOException, InterruptedException {
    if (!Files.isExecutable(AWS)) {
      String why = "the AWS CLI is not installed at " + AWS;
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
        fail(why);
      }
      assumeTrue(false, why + "; skipped");
    }
    List<String> command = new ArrayList<>(List.of(AWS.toString(), "dynamodb"));
    command.addAll(List.of(args));
    command.addAll(
        List.of(
            "--endpoint-url",
            dynamo.endpoint().toString(),
            "--region",
            "us-east-1",
            "--output",
            "json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("AWS_ACCESS_KEY_ID", "test");
    pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
    pb.environment().put("AWS_CONFIG_FILE", "/dev/null");
    pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("aws did not finish: " + command);
    }
    return new Result(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private record Result(int code, String output) {}

  @Test
  void putAndGetThroughTheCli() throws Exception {
    // given
    DynamoDbSdkTest.createOrders(dynamo.client, "orders");

    // when
    Result put =
        aws(
            "put-item",
            "--table-name",
            "orders",
            "--item",
            "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"note\":{\"S\":\"hello\"}}");
    Result get =
        aws(
            "get-item",
            "--table-name",
            "orders",
            "--key",
            "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}");
    Result missing = aws("get-item", "--table-name", "nope", "--key", "{\"pk\":{\"S\":\"a\"}}");

    // then
    assertThat(put.code()).as(put.output()).isZero();
    assertThat(get.code()).as(get.output()).isZero();
    assertThat(Json.parse(get.output()))
        .isEqualTo(
            Json.parse(
                "{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"note\":{\"S\":\"hello\"}}}"));
    assertThat(missing.code()).isNotZero();
    assertThat(missing.output())
        .contains(
            "An error occurred (ResourceNotFoundException) when calling the GetItem operation:"
                + " Requested resource not found");
  }
}
