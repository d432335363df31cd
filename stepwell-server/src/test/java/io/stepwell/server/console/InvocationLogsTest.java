package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.Payload;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The log lines of function invocations, kept for the console. */
class InvocationLogsTest {
  private Instant now = Instant.parse("2030-01-07T09:00:00Z");
  private final InvocationLogs logs = new InvocationLogs(() -> now);

  /** A runtime whose functions log their request id and return; "slow" takes a second. */
  private final FunctionRuntime runtime =
      new FunctionRuntime() {
        @Override
        public Set<String> runtimeNames() {
          return Set.of(FunctionConfig.JAVA_21);
        }

        @Override
        public DeployedFunction deploy(FunctionSpec spec) {
          return new DeployedFunction() {
            @Override
            public RuntimeOutcome invoke(RuntimeRequest request) {
              List<String> lines = new ArrayList<>();
              lines.add("hello from " + request.requestId());
              now = now.plusSeconds(1);
              return new RuntimeOutcome.Returned(
                  Payload.of("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), lines);
            }

            @Override
            public void close() {}
          };
        }
      };

  private DeployedFunction deploy(String name) {
    FunctionConfig config = FunctionConfig.java21(name, "x.Handler", Path.of("."));
    return logs.capture(runtime).deploy(FunctionSpec.of(config, "us-east-1", "123456789012"));
  }

  private static RuntimeRequest request(String id) {
    return new RuntimeRequest(
        id,
        Payload.of("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Duration.ofSeconds(3),
        null);
  }

  @Test
  void invocationsAreFoundByFunctionRequestIdAndTime() {
    // given
    DeployedFunction a = deploy("a");
    DeployedFunction b = deploy("b");
    a.invoke(request("r1")); // 09:00:00 - 09:00:01
    b.invoke(request("r2")); // 09:00:01 - 09:00:02
    a.invoke(request("r3")); // 09:00:02 - 09:00:03

    // then
    assertThat(logs.find("a", null, null, null, 10))
        .extracting(InvocationLogs.Entry::requestId)
        .containsExactly("r3", "r1");
    assertThat(logs.find(null, "r2", null, null, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.lines()).containsExactly("hello from r2"));
    assertThat(
            logs.find(
                "a",
                null,
                Instant.parse("2030-01-07T09:00:01.500Z"),
                Instant.parse("2030-01-07T09:00:05Z"),
                10))
        .extracting(InvocationLogs.Entry::requestId)
        .containsExactly("r3");
  }

  @Test
  void onlyTheLatestInvocationsAreKept() {
    DeployedFunction a = deploy("a");
    for (int i = 0; i < InvocationLogs.KEPT + 5; i++) {
      a.invoke(request("r" + i));
    }
    List<InvocationLogs.Entry> all = logs.find(null, null, null, null, Integer.MAX_VALUE);
    assertThat(all).hasSize(InvocationLogs.KEPT);
    assertThat(all.getLast().requestId()).isEqualTo("r5");
  }
}
