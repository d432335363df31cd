package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Distributed Maps through the engine: the items are read from the bucket store and the results
 * written to it, each as a committed step, so that a replay sees the same items.
 */
class EngineDistributedMapTest {
  @Test
  void itemsAreReadAndResultsWrittenEvenWhenEveryStepIsReplayed() throws Exception {
    // given: no cached state, so every event rebuilds the execution from its journal
    InMemoryBucketStore buckets = new InMemoryBucketStore();
    buckets.createBucket("in");
    buckets.createBucket("out");
    buckets.put("in", "people.csv", "id,name\n1,Ada\n2,Grace\n".getBytes(StandardCharsets.UTF_8));
    try (Engine engine =
        Engine.builder(new InMemoryStore()).buckets(buckets).cachedExecutions(0).build()) {
      String sm =
          engine
              .createStateMachine(
                  "people",
                  """
                  {"StartAt":"Each","States":{"Each":{"Type":"Map",
                    "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                      "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
                      "Parameters":{"Bucket":"in","Key":"people.csv"}},
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                      "StartAt":"Hello","States":{"Hello":{"Type":"Pass",
                        "Parameters":{"hello.$":"$.name"},"End":true}}},
                    "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
                      "Parameters":{"Bucket":"out","Prefix":"runs"}},
                    "End":true}}}
                  """,
                  "STANDARD",
                  null)
              .arn();

      // when
      ExecutionRecord started = engine.startExecution(sm, "p1", "{}");
      ExecutionRecord done = engine.awaitExecution(started.arn(), Duration.ofSeconds(10));

      // then
      assertThat(done.status()).as(done.cause()).isEqualTo("SUCCEEDED");
      Map<String, Object> details =
          Json.asObject(Json.asObject(Json.parse(done.output())).get("ResultWriterDetails"));
      String manifest =
          new String(buckets.get("out", (String) details.get("Key")), StandardCharsets.UTF_8);
      assertThat(manifest).contains("\"DestinationBucket\":\"out\"");
      assertThat(engine.history(started.arn(), 0, 100, false))
          .extracting(e -> e.type())
          .contains("MapRunStarted", "MapRunSucceeded");
    }
  }
}
