package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import org.junit.jupiter.api.Test;

class StatesJsonMergeTest {
  private static final String INPUT =
      "{\"fst\":{\"a\":{\"a1\":1,\"a2\":2},\"b\":2,\"d\":3},"
          + "\"snd\":{\"a\":{\"a3\":1,\"a4\":2},\"c\":3,\"d\":4},\"n\":3,\"arr\":[1]}";

  @Test
  void jsonMergeIsShallowAndTheSecondObjectWins() {
    // given the conformance case intrinsic_functions.test_json_manipulation.test_json_merge
    Object merged = evaluate("States.JsonMerge($.fst, $.snd, false)", INPUT);

    assertThat(
            Json.valueEquals(merged, json("{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"c\":3,\"d\":4}")))
        .isTrue();
  }

  @Test
  void jsonMergeRejectsDeepMode() {
    assertThat(failure("States.JsonMerge($.fst, $.snd, true)", INPUT).cause())
        .isEqualTo(invalidArguments("States.JsonMerge($.fst, $.snd, true)", "States.JsonMerge"));
  }

  @Test
  void jsonMergeRejectsWrongTypesAndCounts() {
    for (String expression :
        new String[] {
          "States.JsonMerge($.arr, $.snd, false)",
          "States.JsonMerge($.fst, 'x', false)",
          "States.JsonMerge($.fst, $.snd, $.n)",
          "States.JsonMerge($.fst, $.snd, 'false')",
          "States.JsonMerge($.fst, $.snd)"
        }) {
      assertThat(failure(expression, INPUT).cause())
          .isEqualTo(invalidArguments(expression, "States.JsonMerge"));
    }
  }
}
