package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemBatcherTest {
  private static final List<Object> VERDICTS =
      Json.asArray(
          Json.parse(
              """
              [{"verdict": "true", "statement_date": "6/11/2008", "statement_source": "speech"},
               {"verdict": "false", "statement_date": "6/7/2022", "statement_source": "television"},
               {"verdict": "mostly-true", "statement_date": "5/18/2016", "statement_source": "news"},
               {"verdict": "false", "statement_date": "5/18/2024", "statement_source": "x"}]
              """));

  @Test
  void batchesWithoutBatchInputHaveOnlyItems() {
    // recorded: MAP_STATE_REFERENCE_IN_MAX_PER_BATCH_PATH (2 per batch, 15000 bytes)
    List<Map<String, Object>> batches = ItemBatcher.batch(VERDICTS, null, 2, 15000);

    assertThat(
            Json.valueEquals(
                batches,
                List.of(
                    Map.of("Items", VERDICTS.subList(0, 2)),
                    Map.of("Items", VERDICTS.subList(2, 4)))))
        .isTrue();
    assertThat(batches.getFirst()).containsOnlyKeys("Items");
  }

  @Test
  void batchInputComesBeforeTheItems() {
    // recorded: map_item_batching_base_json_max_per_batch_jsonata
    Map<String, Object> batchInput = Map.of("BatchTimestamp", "2024-01-01T00:00:00.000Z");

    List<Map<String, Object>> batches =
        ItemBatcher.batch(VERDICTS.subList(0, 2), batchInput, 2, 150000);

    assertThat(batches).hasSize(1);
    assertThat(batches.getFirst().keySet()).containsExactly("BatchInput", "Items");
    assertThat(batches.getFirst().get("BatchInput")).isEqualTo(batchInput);
    assertThat(batches.getFirst().get("Items")).isEqualTo(VERDICTS.subList(0, 2));
  }

  @Test
  void theLastBatchHoldsWhatIsLeft() {
    List<Map<String, Object>> batches = ItemBatcher.batch(VERDICTS, null, 3, 0);

    assertThat(batches).extracting(b -> ((List<?>) b.get("Items")).size()).containsExactly(3, 1);
  }

  @Test
  void noItemsMakeNoBatches() {
    assertThat(ItemBatcher.batch(List.of(), Map.of("a", 1), 2, 0)).isEmpty();
  }

  @Test
  void aByteLimitKeepsEveryChildInputWithinItAndFillsEachBatch() {
    // given items of 20 bytes each and a limit that fits a few with the envelope and BatchInput
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      items.add("item-" + "x".repeat(12) + i); // "item-xxxxxxxxxxxx0" is 20 bytes as JSON
    }
    Map<String, Object> batchInput = Map.of("k", "v");
    int limit = 100;

    // when
    List<Map<String, Object>> batches = ItemBatcher.batch(items, batchInput, 0, limit);

    // then every child input is within the limit, and the next item would not have fitted
    List<Object> flattened = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) {
      Map<String, Object> batch = batches.get(i);
      assertThat(bytes(batch)).isLessThanOrEqualTo(limit);
      List<?> batchItems = (List<?>) batch.get("Items");
      flattened.addAll(batchItems);
      if (i + 1 < batches.size()) {
        List<Object> grown = new ArrayList<>(batchItems);
        grown.add(((List<?>) batches.get(i + 1).get("Items")).getFirst());
        assertThat(bytes(Map.of("BatchInput", batchInput, "Items", grown))).isGreaterThan(limit);
      }
    }
    assertThat(flattened).isEqualTo(items);
  }

  @Test
  void withoutAByteLimitBatchesStayWithin256KiB() {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add("y".repeat(10_000));
    }

    List<Map<String, Object>> batches = ItemBatcher.batch(items, null, 100, 0);

    assertThat(batches).hasSizeGreaterThan(1);
    for (Map<String, Object> batch : batches) {
      assertThat(bytes(batch)).isLessThanOrEqualTo(ItemBatcher.MAX_BATCH_BYTES);
    }
  }

  @Test
  void anItemLargerThanTheLimitIsABatchOfItsOwn() {
    List<Object> items = List.of("a", "b".repeat(200), "c");

    List<Map<String, Object>> batches = ItemBatcher.batch(items, null, 0, 50);

    assertThat(batches)
        .extracting(b -> b.get("Items"))
        .containsExactly(List.of("a"), List.of("b".repeat(200)), List.of("c"));
  }

  @Test
  void multibyteCharactersCountAsTheirUtf8Bytes() {
    // {"Items":["é","é"]} is 21 bytes of UTF-8 but 19 characters
    List<Map<String, Object>> batches = ItemBatcher.batch(List.of("é", "é"), null, 0, 20);

    assertThat(batches).hasSize(2);
  }

  @Test
  void limitsAcceptPositiveIntegersAndStringsOfThem() {
    // recorded: "2" and "15000" assigned to variables are accepted as the path values
    assertThat(ItemBatcher.limit("MaxItemsPerBatch", "2", "$maxItemsPerBatch")).isEqualTo(2);
    assertThat(ItemBatcher.limit("MaxInputBytesPerBatch", "15000", "$maxBytesPerBatch"))
        .isEqualTo(15000);
    assertThat(ItemBatcher.limit("MaxItemsPerBatch", 2, null)).isEqualTo(2);
  }

  @Test
  void limitsThatAreNotPositiveIntegersFailTheState() {
    for (Object value : List.of(0, -1, "abc", 1.5, Map.of())) {
      assertThatThrownBy(() -> ItemBatcher.limit("MaxItemsPerBatch", value, "$.n"))
          .as(String.valueOf(value))
          .isInstanceOfSatisfying(
              StatesFailure.class, f -> assertThat(f.error()).isEqualTo(StatesError.RUNTIME));
    }
    assertThatThrownBy(() -> ItemBatcher.limit("MaxItemsPerBatch", "abc", "$.n"))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f ->
                assertThat(f.cause())
                    .isEqualTo(
                        "The MaxItemsPerBatchPath field refers to value \"abc\" which is not a valid integer: $.n"));
  }

  private static int bytes(Object value) {
    return Json.write(value).getBytes(StandardCharsets.UTF_8).length;
  }
}
