package io.stepwell.testkit.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.distributed.ItemBatcher;
import io.stepwell.asl.distributed.ItemBatcherSpec;
import io.stepwell.asl.distributed.ItemParser;
import io.stepwell.asl.distributed.ItemReaderSpec;
import io.stepwell.asl.distributed.MaxItems;
import io.stepwell.asl.distributed.ReaderConfig;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The recorded {@code other/} cases whose Map state reads items with an {@code ItemReader}: the
 * objects their tests put in S3 are seeded into an {@link InMemoryBucketStore}, read back and
 * parsed, batched where the case batches, and compared with AWS's recorded output or error. Their
 * item processor is a lone Pass state, so a child's output is its input and the Map's output is the
 * list of items (or batches).
 *
 * <p>This test does the interpreter's part in miniature: it resolves the reader's {@code .$}
 * parameters, {@code MaxItemsPath} and batch paths with {@link JsonPathExpr}, and the few JSONata
 * expressions of these cases by their exact forms.
 */
class RecordedDistributedMapCasesTest {
  private static final Pattern ISO_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

  @Test
  void theRecordedItemReaderCasesGiveAwsResults() {
    Map<String, Object> seeds = seeds();
    List<String> checked = new ArrayList<>();
    List<String> unseeded = new ArrayList<>();
    for (Path file : caseFiles()) {
      Map<String, Object> recorded = Json.asObject(Json.parse(read(file)));
      Map<String, Object> mapState = mapStateWithReader(recorded.get("definition"));
      if (mapState == null) {
        continue;
      }
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      if (!(seeds.get(name) instanceof Map<?, ?> seed)) {
        unseeded.add(name);
        continue;
      }
      check(name, recorded, mapState, Json.asObject(seed));
      checked.add(name);
    }

    assertThat(checked).hasSize(19);
    // Their tests put in S3 a file this index does not show; ItemsPath is ignored with an
    // ItemReader there (all three record the same output).
    assertThat(unseeded).allMatch(n -> n.contains("with_items_path")).hasSize(3);
  }

  private static void check(
      String name,
      Map<String, Object> recorded,
      Map<String, Object> mapState,
      Map<String, Object> seed) {
    Object input = recorded.get("input");
    Map<String, Object> variables = CaseValues.assignedBeforeTheMap(recorded.get("definition"));
    DataScope scope = CaseValues.scope(input, variables);
    Map<String, Object> expected = Json.asObject(recorded.get("expected"));

    // given the bucket as the case's test left it
    ItemReaderSpec reader = ItemReaderSpec.parse(Json.asObject(mapState.get("ItemReader")));
    Map<String, Object> location =
        Json.asObject(
            reader.parameters() != null
                ? CaseValues.template(reader.parameters(), scope)
                : CaseValues.jsonata(reader.arguments(), input));
    String bucket = (String) location.get("Bucket");
    String key = (String) location.get("Key");
    InMemoryBucketStore store = new InMemoryBucketStore();
    store.createBucket(bucket);
    store.put(
        bucket,
        (String) seed.get("Key"),
        ((String) seed.get("Body")).getBytes(StandardCharsets.UTF_8));

    // when the Map state reads, and batches, its items
    Object output;
    try {
      ReaderConfig config = reader.readerConfig();
      int maxItems = maxItems(config, scope, input);
      List<Object> items = ItemParser.items(config, store.get(bucket, key), maxItems);
      output = mapState.containsKey("ItemBatcher") ? batches(mapState, items, scope, input) : items;
    } catch (StatesFailure failure) {
      assertThat(expected.get("status")).as(name).isEqualTo("FAILED");
      assertThat(failure.error().aslName()).as(name).isEqualTo(expected.get("error"));
      assertThat(failure.cause()).as(name).isEqualTo(expected.get("cause"));
      return;
    }

    // then
    assertThat(expected.get("status")).as(name).isEqualTo("SUCCEEDED");
    assertThat(matches(output, expected.get("output")))
        .as("%s gave %s", name, Json.write(output))
        .isTrue();
  }

  private static int maxItems(ReaderConfig config, DataScope scope, Object input) {
    if (config.maxItemsPath() != null) {
      return MaxItems.fromValue(
          JsonPathExpr.compile(config.maxItemsPath()).read(scope), config.maxItemsPath());
    }
    if (config.maxItems() instanceof String expression) {
      return MaxItems.fromValue(CaseValues.jsonata(expression, input), null);
    }
    return MaxItems.of(config);
  }

  private static List<Map<String, Object>> batches(
      Map<String, Object> mapState, List<Object> items, DataScope scope, Object input) {
    ItemBatcherSpec spec = ItemBatcherSpec.parse(Json.asObject(mapState.get("ItemBatcher")));
    int maxItems =
        limit(
            "MaxItemsPerBatch", spec.maxItemsPerBatch(), spec.maxItemsPerBatchPath(), scope, input);
    int maxBytes =
        limit(
            "MaxInputBytesPerBatch",
            spec.maxInputBytesPerBatch(),
            spec.maxInputBytesPerBatchPath(),
            scope,
            input);
    Object batchInput =
        spec.batchInput() == null ? null : CaseValues.jsonata(spec.batchInput(), input);
    return ItemBatcher.batch(items, batchInput, maxItems, maxBytes);
  }

  private static int limit(
      String field, Object literal, String path, DataScope scope, Object input) {
    if (path != null) {
      return ItemBatcher.limit(field, JsonPathExpr.compile(path).read(scope), path);
    }
    if (literal instanceof String expression) {
      return ItemBatcher.limit(field, CaseValues.jsonata(expression, input), null);
    }
    return literal == null ? 0 : ((Number) literal).intValue();
  }

  private static Map<String, Object> mapStateWithReader(Object definition) {
    Map<String, Object> states = Json.asObject(Json.asObject(definition).get("States"));
    for (Object state : states.values()) {
      Map<String, Object> s = Json.asObject(state);
      if ("Map".equals(s.get("Type")) && s.containsKey("ItemReader")) {
        return s;
      }
    }
    return null;
  }

  /** JSON equality where the recorder's {@code "date"} stands for any ISO-8601 timestamp. */
  private static boolean matches(Object actual, Object expected) {
    if ("date".equals(expected) && actual instanceof String s && ISO_TIME.matcher(s).matches()) {
      return true;
    }
    if (actual instanceof Map<?, ?> a && expected instanceof Map<?, ?> e) {
      if (!a.keySet().equals(e.keySet())) {
        return false;
      }
      return a.keySet().stream().allMatch(k -> matches(a.get(k), e.get(k)));
    }
    if (actual instanceof List<?> a && expected instanceof List<?> e) {
      if (a.size() != e.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!matches(a.get(i), e.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Json.valueEquals(actual, expected);
  }

  private static Map<String, Object> seeds() {
    try (InputStream in =
        RecordedDistributedMapCasesTest.class.getResourceAsStream(
            "/distributed/recorded-s3-objects.json")) {
      return Json.asObject(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> caseFiles() {
    Path folder =
        Path.of(System.getProperty("stepwell.shared", "../shared"), "conformance", "other");
    if (!Files.isDirectory(folder)) {
      String message = "the conformance corpus is not at " + folder.toAbsolutePath();
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        throw new AssertionError(message + " and STEPWELL_REQUIRE_SHARED=true");
      }
      Assumptions.abort(message + "; skipping");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
