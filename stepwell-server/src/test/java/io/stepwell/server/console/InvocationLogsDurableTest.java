package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.Payload;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import io.stepwell.store.jdbc.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log lines kept in the store's documents survive reopening it, and are found by window. */
class InvocationLogsDurableTest {
  @TempDir Path dir;

  /** A runtime whose functions log one line naming the request. */
  private static final FunctionRuntime LOGGING =
      new FunctionRuntime() {
        @Override
        public Set<String> runtimeNames() {
          return Set.of("java21");
        }

        @Override
        public DeployedFunction deploy(FunctionSpec spec) {
          return new DeployedFunction() {
            @Override
            public RuntimeOutcome invoke(RuntimeRequest request) {
              return new RuntimeOutcome.Returned(
                  Payload.of("{}".getBytes(StandardCharsets.UTF_8)),
                  List.of("handling " + request.requestId()));
            }

            @Override
            public void close() {}
          };
        }

        @Override
        public void close() {}
      };

  private static RuntimeRequest request(String id) {
    return new RuntimeRequest(
        id, Payload.of("{}".getBytes(StandardCharsets.UTF_8)), Duration.ofSeconds(3), null);
  }

  @Test
  void linesSurviveReopeningAndAreFoundByFunctionAndWindow() {
    Instant t0 = Instant.parse("2026-11-28T10:00:00Z");
    FunctionSpec spec =
        FunctionSpec.of(
            FunctionConfig.java21("greet", "pkg.Handler", dir), "us-east-1", "123456789012");
    try (JdbcStore store = JdbcStore.sqlite(dir.resolve("db"))) {
      InvocationLogs logs = InvocationLogs.durable(InstantSource.fixed(t0), store.keyValues());
      DeployedFunction f = logs.capture(LOGGING).deploy(spec);
      f.invoke(request("r-1"));
      InvocationLogs later =
          InvocationLogs.durable(InstantSource.fixed(t0.plusSeconds(3600)), store.keyValues());
      later.capture(LOGGING).deploy(spec).invoke(request("r-2"));
    }
    try (JdbcStore store = JdbcStore.sqlite(dir.resolve("db"))) {
      InvocationLogs logs = InvocationLogs.durable(InstantSource.system(), store.keyValues());

      assertThat(logs.find("greet", null, null, null, 10))
          .extracting(InvocationLogs.Entry::requestId)
          .containsExactly("r-2", "r-1");
      assertThat(logs.find("greet", null, t0.minusSeconds(1), t0.plusSeconds(1), 10))
          .singleElement()
          .satisfies(e -> assertThat(e.lines()).containsExactly("handling r-1"));
      assertThat(logs.find("other", null, null, null, 10)).isEmpty();
      assertThat(logs.find(null, "r-2", null, null, 10)).hasSize(1);
    }
  }
}
