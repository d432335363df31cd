package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of execution environments, on a Node.js function that answers its process id: warm
 * reuse, the concurrency cap, idle retirement, the timeout kill ({@code Sandbox.Timedout}) and a
 * crash ({@code Runtime.ExitError}), worded as Lambda words them.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ProcessLifecycleTest {
  private static final String PID_HANDLER =
      """
      exports.handler = async (event) => {
        if (event.sleep) { await new Promise((r) => setTimeout(r, event.sleep)); }
        if (event.exit !== undefined) { process.exit(event.exit); }
        if (event.spin) { for (;;) {} }
        return process.pid;
      };
      """;

  @TempDir Path code;
  private FunctionHost host;

  @BeforeEach
  void writeFunction() {
    Interpreters.requireNode();
    FunctionFiles.in(code).file("pid.js", PID_HANDLER);
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  private void start(ProcessRuntime.Builder runtime, FunctionConfig function) {
    host = new FunctionHost(List.of(runtime.build()));
    host.register(function);
  }

  private FunctionConfig pidFunction() {
    return FunctionConfig.of("pid", "nodejs20.x", "pid.handler", code);
  }

  private Invocation invoke(String event) {
    return host.invoke("pid", Payload.ofUtf8(event), InvokeOptions.defaults());
  }

  private long pid(String event) {
    Invocation invocation = invoke(event);
    assertThat(invocation).isInstanceOf(Invocation.Success.class);
    return Long.parseLong(((Invocation.Success) invocation).payload().utf8());
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  @Test
  void warmInstanceServesTheNextInvocation() {
    // given
    start(ProcessRuntime.builder(), pidFunction());

    // when
    long first = pid("{}");
    long second = pid("{}");

    // then
    assertThat(second).isEqualTo(first);
  }

  @Test
  void concurrentInvocationsGetTheirOwnProcessesUpToTheCap() throws Exception {
    // given: at most two instances
    start(ProcessRuntime.builder().maxInstances(2), pidFunction());

    // when: three invocations at once, each holding its instance for a while
    List<Future<Long>> running = new ArrayList<>();
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 3; i++) {
        running.add(callers.submit(() -> pid("{\"sleep\":800}")));
      }
    }
    Set<Long> pids = new HashSet<>();
    for (Future<Long> f : running) {
      pids.add(f.get());
    }

    // then: two processes, the third invocation waited for one of them
    assertThat(pids).hasSize(2);
  }

  @Test
  void idleInstanceIsRetiredAfterTheIdleTimeout() throws Exception {
    // given
    start(ProcessRuntime.builder().idleTimeout(Duration.ofMillis(300)), pidFunction());
    long first = pid("{}");

    // when
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (alive(first) && System.nanoTime() < until) {
      Thread.sleep(50);
    }

    // then
    assertThat(alive(first)).isFalse();
    assertThat(pid("{}")).isNotEqualTo(first);
  }

  @Test
  void invocationPastItsTimeoutKillsTheProcessAndAnswersSandboxTimedout() throws Exception {
    // given
    start(ProcessRuntime.builder(), pidFunction().withTimeout(Duration.ofSeconds(1)));
    long warm = pid("{}");

    // when: a busy loop, which no timer inside the process could stop
    Invocation invocation =
        host.invoke("pid", Payload.ofUtf8("{\"spin\":true}"), new InvokeOptions("req-spin", null));

    // then
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.payload().utf8())
        .isEqualTo(
            "{\"errorMessage\":\"RequestId: req-spin Error: Task timed out after 1.00 seconds\","
                + "\"errorType\":\"Sandbox.Timedout\"}");
    // the report counts the whole second the function ran
    assertThat(error.logs().getLast())
        .matches("REPORT RequestId: req-spin\tDuration: 1\\d{3}\\.\\d\\d ms\t.*\tStatus: timeout");
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (alive(warm) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(alive(warm)).isFalse();
    assertThat(pid("{}")).isNotEqualTo(warm);
  }

  @Test
  void processExitingMidInvocationAnswersRuntimeExitError() {
    // given
    start(ProcessRuntime.builder(), pidFunction());

    // when
    Invocation invocation =
        host.invoke("pid", Payload.ofUtf8("{\"exit\":1}"), new InvokeOptions("req-exit", null));

    // then
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.payload().utf8())
        .isEqualTo(
            "{\"errorMessage\":\"RequestId: req-exit Error: Runtime exited with error: exit status"
                + " 1\",\"errorType\":\"Runtime.ExitError\"}");
    assertThat(error.logs().getLast()).endsWith("\tStatus: error\tError Type: Runtime.ExitError");
    assertThat(pid("{}")).isPositive();
  }

  @Test
  void processExitingCleanlyMidInvocationGivesNoReason() {
    // given
    start(ProcessRuntime.builder(), pidFunction());

    // when
    Invocation invocation =
        host.invoke("pid", Payload.ofUtf8("{\"exit\":0}"), new InvokeOptions("req-zero", null));

    // then
    assertThat(((Invocation.FunctionError) invocation).errorMessage())
        .isEqualTo("RequestId: req-zero Error: Runtime exited without providing a reason");
  }

  @Test
  void unregisteringAFunctionStopsItsProcesses() throws Exception {
    // given
    start(ProcessRuntime.builder(), pidFunction());
    long pid = pid("{}");

    // when
    host.unregister("pid");

    // then
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (alive(pid) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(alive(pid)).isFalse();
  }
}
