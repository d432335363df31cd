package io.stepwell.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Distributed Maps that read items from, and write results to, the bucket store. */
class DistributedMapTest {
  private static final String CSV = "id,name\n1,Ada\n2,Grace\n3,Edsger\n";

  private final InMemoryBucketStore buckets = new InMemoryBucketStore();
  private final InMemoryDriver driver = new InMemoryDriver(r -> null, buckets);

  DistributedMapTest() {
    buckets.createBucket("in");
    buckets.createBucket("out");
    buckets.put("in", "people.csv", CSV.getBytes(StandardCharsets.UTF_8));
  }

  private static String map(String readerAndMore) {
    return """
    {"StartAt":"Each","States":{"Each":{"Type":"Map",%s,
      "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
        "StartAt":"Echo","States":{"Echo":{"Type":"Pass","End":true}}},
      "End":true}}}
    """
        .formatted(readerAndMore);
  }

  private static final String CSV_READER =
      """
      "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
        "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
        "Parameters":{"Bucket":"in","Key.$":"$.key"}}
      """;

  @Test
  void csvRowsBecomeItemsWithStringValues() {
    // when
    ExecutionResult result =
        driver.run(RunRequest.of(map(CSV_READER), Json.parse("{\"key\":\"people.csv\"}")));

    // then: AWS keeps CSV values as strings, keyed by the header row
    assertThat(result.status()).as(result.cause()).isEqualTo("SUCCEEDED");
    assertThat(result.output())
        .isEqualTo(
            Json.parse(
                "[{\"id\":\"1\",\"name\":\"Ada\"},{\"id\":\"2\",\"name\":\"Grace\"},"
                    + "{\"id\":\"3\",\"name\":\"Edsger\"}]"));
    assertThat(result.history().stream().map(HistoryEvent::type))
        .contains("MapRunStarted", "MapRunSucceeded")
        .doesNotContain("MapIterationStarted", "PassStateEntered");
    assertThat(result.mapRuns()).hasSize(1);
    assertThat(result.mapRuns().getFirst().status()).isEqualTo("SUCCEEDED");
    assertThat(result.mapRuns().getFirst().itemCounts().succeeded()).isEqualTo(3);
    assertThat(result.mapRuns().getFirst().itemCounts().total()).isEqualTo(3);
  }

  @Test
  void batcherGroupsItemsAndWriterExportsAManifest() {
    // given
    String definition =
        map(
            CSV_READER
                + """
                ,"ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"source":"csv"}},
                "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
                  "Parameters":{"Bucket":"out","Prefix":"runs"}}
                """);

    // when
    ExecutionResult result =
        driver.run(RunRequest.of(definition, Json.parse("{\"key\":\"people.csv\"}")));

    // then
    assertThat(result.status()).as(result.cause()).isEqualTo("SUCCEEDED");
    Map<String, Object> output = Json.asObject(result.output());
    Map<String, Object> details = Json.asObject(output.get("ResultWriterDetails"));
    assertThat(details.get("Bucket")).isEqualTo("out");
    String manifestKey = (String) details.get("Key");
    assertThat(manifestKey).startsWith("runs/").endsWith("/manifest.json");
    Map<String, Object> manifest =
        Json.asObject(
            Json.parse(new String(buckets.get("out", manifestKey), StandardCharsets.UTF_8)));
    assertThat(manifest.get("MapRunArn")).isEqualTo(output.get("MapRunArn"));
    String succeededKey =
        (String)
            Json.asObject(
                    Json.asArray(Json.asObject(manifest.get("ResultFiles")).get("SUCCEEDED"))
                        .getFirst())
                .get("Key");
    List<Object> succeeded =
        Json.asArray(
            Json.parse(new String(buckets.get("out", succeededKey), StandardCharsets.UTF_8)));
    // two batches: two items and one, each child's input the batch with its BatchInput
    assertThat(succeeded).hasSize(2);
    Object firstInput = Json.parse((String) Json.asObject(succeeded.getFirst()).get("Input"));
    assertThat(firstInput)
        .isEqualTo(
            Json.parse(
                "{\"BatchInput\":{\"source\":\"csv\"},\"Items\":[{\"id\":\"1\",\"name\":\"Ada\"},"
                    + "{\"id\":\"2\",\"name\":\"Grace\"}]}"));
  }

  @Test
  void missingObjectFailsTheExecution() {
    // when
    ExecutionResult result =
        driver.run(RunRequest.of(map(CSV_READER), Json.parse("{\"key\":\"nobody.csv\"}")));

    // then
    assertThat(result.status()).isEqualTo("FAILED");
    assertThat(result.error()).contains("NoSuchKey");
  }
}
