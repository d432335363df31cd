package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayUniqueTest {
  @Test
  void arrayUniqueKeepsTheFirstOfEachValue() {
    // given the AWS documentation's example
    assertThat(evaluate("States.ArrayUnique($.a)", "{\"a\":[1,2,3,3,3,3,3,3,4]}"))
        .isEqualTo(json("[1,2,3,4]"));
  }

  @Test
  void arrayUniqueComparesObjectsArraysAndNumbersByValue() {
    assertThat(
            evaluate(
                "States.ArrayUnique($.a)",
                "{\"a\":[{\"x\":1,\"y\":[2]},{\"y\":[2],\"x\":1},\"1\",1,1.0,null,null,[1],[1]]}"))
        .isEqualTo(json("[{\"x\":1,\"y\":[2]},\"1\",1,null,[1]]"));
  }

  @Test
  void arrayUniqueNeedsOneArray() {
    assertThat(failure("States.ArrayUnique($.a)", "{\"a\":{}}").cause())
        .isEqualTo(invalidArguments("States.ArrayUnique($.a)", "States.ArrayUnique"));
    assertThat(failure("States.ArrayUnique()").cause())
        .isEqualTo(invalidArguments("States.ArrayUnique()", "States.ArrayUnique"));
  }
}
