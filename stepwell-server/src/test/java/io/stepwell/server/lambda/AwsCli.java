package io.stepwell.server.lambda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's AWS CLI as a child process, with its own empty home and the test credentials. Absent, it
 * skips the test, unless {@code STEPWELL_REQUIRE_TOOLS=true}, when it fails it.
 */
public final class AwsCli {
  static final Path AWS = Path.of("/usr/bin/aws");

  /** What a run printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private final URI endpoint;
  private final Path home;

  public AwsCli(URI endpoint, Path home) {
    this.endpoint = endpoint;
    this.home = home;
  }

  /** Skips (or, when tools are required, fails) the calling test when the CLI is absent. */
  public static void requireCli() {
    boolean present = Files.isExecutable(AWS);
    if (!present && "true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      throw new AssertionError(AWS + " is absent and STEPWELL_REQUIRE_TOOLS=true");
    }
    assumeTrue(present, AWS + " is absent (apt-get install awscli); skipping the AWS CLI test");
  }

  /** Runs {@code aws <args> --endpoint-url ...} with the credentials test/test. */
  public Result run(String... args) throws IOException, InterruptedException {
    return runWithKey("test", "test", args);
  }

  /** As {@link #run}, signing with access key {@code key} and secret {@code secret}. */
  public Result runWithKey(String key, String secret, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(AWS.toString());
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--no-cli-pager"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("HOME", home.toString());
    env.put("AWS_ACCESS_KEY_ID", key);
    env.put("AWS_SECRET_ACCESS_KEY", secret);
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    Path out = Files.createTempFile(home, "stdout", ".txt");
    Path err = Files.createTempFile(home, "stderr", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
