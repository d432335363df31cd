package io.stepwell.services.sms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real AWS CLI against a local endpoint (skipped when it is not installed). */
public final class AwsCli {
  private static final Path AWS = Path.of("/usr/bin/aws");

  private AwsCli() {}

  /** Skips the test without the CLI, unless STEPWELL_REQUIRE_TOOLS=true (then it fails). */
  public static void require() {
    if ("true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      if (!Files.isExecutable(AWS)) {
        throw new AssertionError("STEPWELL_REQUIRE_TOOLS=true but " + AWS + " is missing");
      }
      return;
    }
    assumeTrue(Files.isExecutable(AWS), "the AWS CLI (" + AWS + ") is not installed");
  }

  /** The result of one command. */
  public record Result(int exitCode, String out) {}

  /** Runs {@code aws --endpoint-url ENDPOINT ARGS...} with test credentials. */
  public static Result run(String endpoint, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", endpoint));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("AWS_ACCESS_KEY_ID", "test");
    pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
    pb.environment().put("AWS_DEFAULT_REGION", "us-east-1");
    pb.environment().put("AWS_PAGER", "");
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Result(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
