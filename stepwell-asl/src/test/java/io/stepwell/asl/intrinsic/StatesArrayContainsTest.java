package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayContainsTest {
  private static Object contains(String array, String value) {
    return evaluate(
        "States.ArrayContains($.fst, $.snd)", "{\"fst\":" + array + ",\"snd\":" + value + "}");
  }

  @Test
  void arrayContainsComparesWholeValues() {
    // given the conformance cases intrinsic_functions.test_array.test_array_contains
    assertThat(contains("[]", "null")).isEqualTo(false);
    assertThat(contains("[]", "[]")).isEqualTo(false);
    assertThat(contains("[]", "1")).isEqualTo(false);
    assertThat(contains("[[1,2,3],2]", "null")).isEqualTo(false);
    assertThat(contains("[[1,2,3],2]", "[1,2,3]")).isEqualTo(true);
    assertThat(contains("[{\"1\":2,\"2\":[]}]", "[]")).isEqualTo(false);
    assertThat(contains("[{\"1\":2,\"2\":[]}]", "{\"1\":2,\"2\":[]}")).isEqualTo(true);
    assertThat(contains("[true,false]", "true")).isEqualTo(true);
    assertThat(contains("[true,false]", "false")).isEqualTo(true);
  }

  @Test
  void arrayContainsNeedsAnArrayAndTwoArguments() {
    assertThat(failure("States.ArrayContains($.s, 's')", "{\"s\":\"string\"}").cause())
        .isEqualTo(invalidArguments("States.ArrayContains($.s, 's')", "States.ArrayContains"));
    assertThat(failure("States.ArrayContains($.a)", "{\"a\":[]}").cause())
        .isEqualTo(invalidArguments("States.ArrayContains($.a)", "States.ArrayContains"));
  }
}
