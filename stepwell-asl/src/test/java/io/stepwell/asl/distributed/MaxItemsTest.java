package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values from the recorded map_item_reader_csv_max_items[_paths] cases. */
class MaxItemsTest {
  @Test
  void zeroReadsEveryItem() {
    assertThat(MaxItems.effective(0)).isEqualTo(MaxItems.CEILING);
    assertThat(MaxItems.fromValue(0, "$.MaxItems")).isEqualTo(MaxItems.CEILING);
  }

  @Test
  void aPositiveValueIsTheLimit() {
    assertThat(MaxItems.effective(2)).isEqualTo(2);
    assertThat(MaxItems.fromValue(2, "$.MaxItems")).isEqualTo(2);
  }

  @Test
  void valuesAboveTheCeilingReadAtMostTheCeiling() {
    assertThat(MaxItems.fromValue(100_000_000, "$.MaxItems")).isEqualTo(100_000_000);
    assertThat(MaxItems.fromValue(100_000_001, "$.MaxItems")).isEqualTo(100_000_000);
    assertThat(MaxItems.fromValue(new BigInteger("99999999999999999999"), "$.m"))
        .isEqualTo(100_000_000);
    assertThat(MaxItems.effective(5_000_000_000L)).isEqualTo(100_000_000);
  }

  @Test
  void aStringHoldingAnIntegerIsAccepted() {
    // recorded: assign ... MAP_STATE_REFERENCE_IN_MAX_ITEMS_PATH assigns "2" and reads 2 items
    assertThat(MaxItems.fromValue("2", "$maxItems")).isEqualTo(2);
  }

  @Test
  void aNegativeValueFailsTheReader() {
    // recorded: map_item_reader_csv_max_items_paths[-1]
    assertThatThrownBy(() -> MaxItems.fromValue(-1, "$.MaxItems"))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> {
              assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED);
              assertThat(f.cause()).isEqualTo("field MaxItems must be positive");
            });
  }

  @Test
  void aValueThatIsNoIntegerFailsTheReader() {
    for (Object value : List.of(1.5, "two", true, Map.of())) {
      assertThatThrownBy(() -> MaxItems.fromValue(value, "$.MaxItems"))
          .as(String.valueOf(value))
          .isInstanceOfSatisfying(
              StatesFailure.class,
              f -> {
                assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED);
                assertThat(f.cause()).contains("$.MaxItems");
              });
    }
    assertThatThrownBy(() -> MaxItems.fromValue(1.5, null))
        .isInstanceOfSatisfying(StatesFailure.class, f -> assertThat(f.cause()).contains("'1.5'"));
  }

  @Test
  void theLimitOfAConfig() {
    assertThat(MaxItems.of(ReaderConfig.none())).isEqualTo(MaxItems.CEILING);
    assertThat(
            MaxItems.of(
                ReaderConfig.parse(Defs.object("{\"InputType\": \"JSON\", \"MaxItems\": 3}"))))
        .isEqualTo(3);
    assertThatThrownBy(() ->
            MaxItems.of(
                ReaderConfig.parse(
                    Defs.object("{\"InputType\": \"JSON\", \"MaxItemsPath\": \"$.n\"}"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
