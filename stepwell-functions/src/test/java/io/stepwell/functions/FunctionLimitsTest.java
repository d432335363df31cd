package io.stepwell.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.java.JavaRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda's limits as the host enforces them: timeouts, reserved concurrency, payload sizes, and an
 * unregistration racing an invocation. Expected messages and documents are AWS Lambda's.
 */
class FunctionLimitsTest {
  private final FunctionHost host =
      new FunctionHost("us-east-1", "123456789012", List.of(new JavaRuntime()));

  @AfterEach
  void closeHost() {
    host.close();
  }

  private void register(String name, String handler) {
    host.register(FunctionConfig.java21(name, handler, FixtureCode.jar()));
  }

  private Invocation invoke(String name, String json) {
    return host.invoke(name, Payload.ofUtf8(json), InvokeOptions.defaults());
  }

  @Test
  void functionRunningPastItsTimeoutFailsWithSandboxTimedout() {
    // given
    host.register(
        FunctionConfig.java21("sleeper", "fixture.Sleeper", FixtureCode.jar())
            .withTimeout(Duration.ofMillis(500)));

    // when
    Invocation invocation =
        host.invoke(
            "sleeper",
            Payload.ofUtf8("{\"millis\":20000}"),
            InvokeOptions.defaults().withRequestId("7c1f0e1a-0000-4000-8000-000000000001"));

    // then
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.payload().utf8())
        .isEqualTo(
            "{\"errorMessage\":\"RequestId: 7c1f0e1a-0000-4000-8000-000000000001 Error: Task timed"
                + " out after 0.50 seconds\",\"errorType\":\"Sandbox.Timedout\"}");
    assertThat(error.logs()).containsExactly("going to sleep");
    assertThat(error.duration()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  @Test
  void functionAnswersAgainAfterATimeout() {
    // given
    host.register(
        FunctionConfig.java21("sleeper", "fixture.Sleeper", FixtureCode.jar())
            .withTimeout(Duration.ofMillis(300)));
    invoke("sleeper", "{\"millis\":20000}");

    // when
    Invocation again = invoke("sleeper", "{\"millis\":1}");

    // then
    assertThat(again).isInstanceOf(Invocation.Success.class);
    assertThat(((Invocation.Success) again).payload().utf8()).isEqualTo("\"awake\"");
  }

  @Test
  void timeoutMessageGivesTheConfiguredSecondsWithTwoDecimals() {
    assertThat(LambdaErrors.timedOut("r-1", Duration.ofSeconds(3)).errorMessage())
        .isEqualTo("RequestId: r-1 Error: Task timed out after 3.00 seconds");
  }

  @Test
  void invocationsBeyondReservedConcurrencyAreThrottled(@TempDir Path dir) throws Exception {
    // given
    host.register(
        FunctionConfig.java21("gate", "fixture.Gate", FixtureCode.jar())
            .withReservedConcurrency(1)
            .withTimeout(Duration.ofSeconds(30)));
    Path started = dir.resolve("started");
    Path release = dir.resolve("release");
    String event = "{\"started\":\"" + started + "\",\"release\":\"" + release + "\"}";
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Invocation> holder = pool.submit(() -> invoke("gate", event));
      awaitFile(started);

      // when
      Invocation throttled = invoke("gate", event);
      Files.writeString(release, "go");
      Invocation held = holder.get();
      Invocation afterwards = invoke("gate", event);

      // then
      assertThat(throttled)
          .isEqualTo(
              new Invocation.ServiceError(
                  throttled.requestId(),
                  "TooManyRequestsException",
                  429,
                  "Rate Exceeded.",
                  "ReservedFunctionConcurrentInvocationLimitExceeded"));
      assertThat(held).isInstanceOf(Invocation.Success.class);
      assertThat(afterwards).isInstanceOf(Invocation.Success.class);
    }
  }

  @Test
  void invocationRunningWhenItsFunctionIsUnregisteredStillAnswers(@TempDir Path dir)
      throws Exception {
    // given
    host.register(
        FunctionConfig.java21("gate", "fixture.Gate", FixtureCode.jar())
            .withTimeout(Duration.ofSeconds(30)));
    Path started = dir.resolve("started");
    Path release = dir.resolve("release");
    String event = "{\"started\":\"" + started + "\",\"release\":\"" + release + "\"}";
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Invocation> running = pool.submit(() -> invoke("gate", event));
      awaitFile(started);

      // when
      host.unregister("gate");
      Files.writeString(release, "go");

      // then
      assertThat(running.get())
          .isInstanceOfSatisfying(
              Invocation.Success.class,
              s -> assertThat(s.payload().utf8()).isEqualTo("\"released\""));
      assertThat(invoke("gate", event)).isInstanceOf(Invocation.ServiceError.class);
    }
  }

  @Test
  void requestOverSixMegabytesIsRefused() {
    // given
    register("greeter", "fixture.Greeter");
    String json = "\"" + "a".repeat(6_291_455) + "\"";

    // when
    Invocation invocation = invoke("greeter", json);

    // then
    assertThat(invocation)
        .isEqualTo(
            new Invocation.ServiceError(
                invocation.requestId(),
                "RequestEntityTooLargeException",
                413,
                "6291457 byte payload is too large for the RequestResponse invocation type (limit"
                    + " 6291456 bytes)",
                null));
  }

  @Test
  void responseOverTheLimitIsAFunctionError() {
    // given
    register("big", "fixture.Big");

    // when
    Invocation invocation = invoke("big", "{\"length\":6291600}");

    // then
    assertThat(invocation)
        .isInstanceOfSatisfying(
            Invocation.FunctionError.class,
            e ->
                assertThat(e.payload().utf8())
                    .isEqualTo(
                        "{\"errorMessage\":\"Response payload size exceeded maximum allowed payload"
                            + " size (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}"));
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The function did not start: " + file + " never appeared");
      }
      Thread.sleep(5);
    }
  }
}
