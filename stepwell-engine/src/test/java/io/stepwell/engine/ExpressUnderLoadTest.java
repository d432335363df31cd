package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Express executions when the bounded record of recent ones keeps none: every synchronous start
 * still answers with its execution (a regression: under load the record was evicted between the
 * start and its answer, and the caller got an internal error).
 */
class ExpressUnderLoadTest {
  @Test
  void everySyncStartAnswersEvenWhenTheRecordOfRecentOnesOverflows() throws Exception {
    try (Engine engine = Engine.builder(new InMemoryStore()).recentExpressExecutions(0).build();
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      String arn =
          engine
              .createStateMachine(
                  "quick",
                  "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                  "EXPRESS",
                  null)
              .arn();
      List<Future<ExecutionRecord>> all = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        all.add(
            pool.submit(
                () -> engine.startSyncExecution(arn, null, "{\"k\":1}", Duration.ofSeconds(5))));
      }
      for (Future<ExecutionRecord> f : all) {
        ExecutionRecord r = f.get();
        assertThat(r.status()).isEqualTo("SUCCEEDED");
        assertThat(r.output()).isEqualTo("{\"k\":1}");
      }
    }
  }
}
