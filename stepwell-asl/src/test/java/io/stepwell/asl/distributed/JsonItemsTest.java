package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonItemsTest {
  /** The JSON file LocalStack's recorded Distributed Map cases put in S3. */
  static final String VERDICTS =
      """
      [{"verdict": "true", "statement_date": "6/11/2008", "statement_source": "speech"},
       {"verdict": "false", "statement_date": "6/7/2022", "statement_source": "television"},
       {"verdict": "mostly-true", "statement_date": "5/18/2016", "statement_source": "news"}]
      """;

  @Test
  void theElementsOfAnArrayAreTheItems() {
    List<Object> items = ItemParser.json(VERDICTS, 0);

    assertThat(items).hasSize(3);
    assertThat(items.getFirst())
        .isEqualTo(
            Map.of("verdict", "true", "statement_date", "6/11/2008", "statement_source", "speech"));
  }

  @Test
  void maxItemsKeepsTheFirstItems() {
    // recorded: map_item_reader_base_json_max_items_jsonata reads 2 of them
    List<Object> items = ItemParser.json(VERDICTS, 2);

    assertThat(items)
        .extracting(i -> Json.asObject(i).get("verdict"))
        .containsExactly("true", "false");
  }

  @Test
  void anObjectIsNotIterable() {
    // recorded: map_item_reader_json_no_json_list_object, content {"Hello": "world"}
    assertThatThrownBy(() -> ItemParser.json("{\"Hello\": \"world\"}", 0))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> {
              assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED);
              assertThat(f.cause()).isEqualTo("Attempting to map over non-iterable node.");
            });
  }

  @Test
  void scalarsAreNotIterableEither() {
    for (String content : List.of("3", "\"text\"", "null", "true")) {
      assertThatThrownBy(() -> ItemParser.json(content, 0))
          .as(content)
          .isInstanceOfSatisfying(
              StatesFailure.class, f -> assertThat(f.cause()).isEqualTo(ItemParser.NOT_AN_ARRAY));
    }
  }

  @Test
  void textThatIsNotJsonFailsTheReader() {
    assertThatThrownBy(() -> ItemParser.json("[1, 2", 0))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED));
  }

  @Test
  void eachLineOfJsonLinesIsAnItem() {
    List<Object> items = ItemParser.jsonLines("{\"a\": 1}\r\n\n  \n[2]\n\"three\"\n4\n", 0);

    assertThat(items).containsExactly(Map.of("a", 1), List.of(2), "three", 4);
  }

  @Test
  void maxItemsStopsJsonLinesBeforeTheRest() {
    // the third line is never read, so its bad JSON does not matter
    assertThat(ItemParser.jsonLines("1\n2\nnot json\n", 2)).containsExactly(1, 2);
  }

  @Test
  void aLineThatIsNotJsonFailsTheReader() {
    assertThatThrownBy(() -> ItemParser.jsonLines("1\n{oops\n", 0))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> {
              assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED);
              assertThat(f.cause()).startsWith("Line 2 ");
            });
  }

  @Test
  void itemsDispatchesOnTheInputType() {
    ReaderConfig json = ReaderConfig.parse(Defs.object("{\"InputType\": \"JSON\"}"));
    ReaderConfig jsonl = ReaderConfig.parse(Defs.object("{\"InputType\": \"JSONL\"}"));
    ReaderConfig manifest = ReaderConfig.parse(Defs.object("{\"InputType\": \"MANIFEST\"}"));

    assertThat(ItemParser.items(json, "[1,2]", 0)).containsExactly(1, 2);
    assertThat(ItemParser.items(jsonl, "1\n2", 0)).containsExactly(1, 2);
    assertThatThrownBy(() -> ItemParser.items(manifest, "{}", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItemParser.items(ReaderConfig.none(), "[]", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
