package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The embedding example in the README, compiled and run: keep the two the same. */
class EmbeddingExampleTest {
  @Test
  void readmeExampleRuns() throws Exception {
    // README example starts
    Store store = new InMemoryStore(); // or a SQLite/PostgreSQL store from stepwell-store-jdbc
    try (Engine engine =
        Engine.builder(store)
            .tasks(
                "arn:aws:lambda:",
                task ->
                    new TaskOutcome.Succeeded(Map.of("greeting", "Hello, " + task.parameters())))
            .build()) {
      List<String> seen = new CopyOnWriteArrayList<>();
      engine.addListener((arn, events) -> events.forEach(e -> seen.add(e.type())));

      String machine =
          engine
              .createStateMachine(
                  "greeter",
                  """
                  {"StartAt":"Greet","States":{"Greet":{"Type":"Task",
                    "Resource":"arn:aws:lambda:us-east-1:111111111111:function:greet",
                    "InputPath":"$.name","End":true}}}
                  """,
                  "STANDARD",
                  "arn:aws:iam::111111111111:role/stepwell")
              .arn();
      ExecutionRecord started = engine.startExecution(machine, "first", "{\"name\":\"Ada\"}");
      ExecutionRecord done = engine.awaitExecution(started.arn(), Duration.ofSeconds(10));

      System.out.println(
          done.status() + " " + done.output()); // SUCCEEDED {"greeting":"Hello, Ada"}
      // README example ends
      assertThat(done.status()).isEqualTo("SUCCEEDED");
      assertThat(done.output()).isEqualTo("{\"greeting\":\"Hello, Ada\"}");
      assertThat(seen)
          .contains("LambdaFunctionScheduled", "LambdaFunctionSucceeded", "ExecutionSucceeded");
    }
  }
}
