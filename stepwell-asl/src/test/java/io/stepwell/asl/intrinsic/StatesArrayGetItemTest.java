package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayGetItemTest {
  private static final String INPUT = "{\"inputArray\":[1,2,3,4,5,6,7,8,9],\"index\":5}";

  @Test
  void arrayGetItemReturnsTheItemAtAZeroBasedIndex() {
    // given the AWS documentation's example
    assertThat(evaluate("States.ArrayGetItem($.inputArray, $.index)", INPUT)).isEqualTo(6);
    assertThat(evaluate("States.ArrayGetItem($.a, 1)", "{\"a\":[{\"k\":1},{\"k\":2}]}"))
        .isEqualTo(json("{\"k\":2}"));
  }

  @Test
  void arrayGetItemRejectsAnIndexOutsideTheArray() {
    for (String index : new String[] {"9", "-1", "100"}) {
      String expression = "States.ArrayGetItem($.inputArray, " + index + ")";
      assertThat(failure(expression, INPUT).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayGetItem"));
    }
  }

  @Test
  void arrayGetItemRejectsWrongTypesAndCounts() {
    for (String expression :
        new String[] {
          "States.ArrayGetItem($.index, 0)",
          "States.ArrayGetItem($.inputArray, '1')",
          "States.ArrayGetItem($.inputArray)",
          "States.ArrayGetItem($.inputArray, 1, 2)"
        }) {
      assertThat(failure(expression, INPUT).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayGetItem"));
    }
  }
}
