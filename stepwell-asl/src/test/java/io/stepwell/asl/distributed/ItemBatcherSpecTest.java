package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemBatcherSpecTest {
  @Test
  void parsesPathsRaw() {
    // the ItemBatcher of the recorded MAP_STATE_REFERENCE_IN_MAX_PER_BATCH_PATH
    ItemBatcherSpec spec =
        ItemBatcherSpec.parse(
            Defs.object(
                """
                {"MaxItemsPerBatchPath": "$maxItemsPerBatch",
                 "MaxInputBytesPerBatchPath": "$maxBytesPerBatch"}
                """));

    assertThat(spec.maxItemsPerBatchPath()).isEqualTo("$maxItemsPerBatch");
    assertThat(spec.maxInputBytesPerBatchPath()).isEqualTo("$maxBytesPerBatch");
    assertThat(spec.maxItemsPerBatch()).isNull();
    assertThat(spec.maxInputBytesPerBatch()).isNull();
    assertThat(spec.batchInput()).isNull();
  }

  @Test
  void parsesJsonataLimitsAndBatchInput() {
    // the ItemBatcher of the recorded map_item_batching_base_json_max_per_batch_jsonata
    ItemBatcherSpec spec =
        ItemBatcherSpec.parse(
            Defs.object(
                """
                {"MaxItemsPerBatch": "{% $states.input.MaxItemsPerBatch %}",
                 "MaxInputBytesPerBatch": "{% $states.input.MaxInputBytesPerBatch %}",
                 "BatchInput": {"BatchTimestamp": "{% $states.context.State.EnteredTime %}"}}
                """));

    assertThat(spec.maxItemsPerBatch()).isEqualTo("{% $states.input.MaxItemsPerBatch %}");
    assertThat(spec.maxInputBytesPerBatch()).isEqualTo("{% $states.input.MaxInputBytesPerBatch %}");
    assertThat(spec.batchInput())
        .isEqualTo(Map.of("BatchTimestamp", "{% $states.context.State.EnteredTime %}"));
  }

  @Test
  void parsesLiteralLimits() {
    ItemBatcherSpec spec =
        ItemBatcherSpec.parse(
            Defs.object("{\"MaxItemsPerBatch\": 100, \"MaxInputBytesPerBatch\": 262144}"));

    assertThat(spec.maxItemsPerBatch()).isEqualTo(100);
    assertThat(spec.maxInputBytesPerBatch()).isEqualTo(262144);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"BatchInput\": {\"a\": 1}}",
        "{\"MaxItemsPerBatch\": 0}",
        "{\"MaxItemsPerBatch\": -2}",
        "{\"MaxItemsPerBatch\": 1.5}",
        "{\"MaxItemsPerBatch\": \"10\"}",
        "{\"MaxInputBytesPerBatch\": 262145}",
        "{\"MaxItemsPerBatch\": 2, \"MaxItemsPerBatchPath\": \"$.n\"}",
        "{\"MaxInputBytesPerBatch\": 2, \"MaxInputBytesPerBatchPath\": \"$.n\"}",
        "{\"MaxItemsPerBatchPath\": 5}",
        "{\"MaxItemsPerBatch\": 2, \"BatchInput\": [1]}",
        "{\"MaxItemsPerBatch\": 2, \"Items\": []}"
      })
  void rejectsShapesTheStatesLanguageForbids(String json) {
    assertThatThrownBy(() -> ItemBatcherSpec.parse(Defs.object(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ItemBatcher");
  }
}
