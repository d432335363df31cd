package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayLengthTest {
  @Test
  void arrayLengthCountsTheItems() {
    assertThat(evaluate("States.ArrayLength($.a)", "{\"a\":[1,2,3,4,5,6,7,8,9]}")).isEqualTo(9);
    assertThat(evaluate("States.ArrayLength($.a)", "{\"a\":[]}")).isEqualTo(0);
  }

  @Test
  void arrayLengthOfAWildcardThatMatchesNothingIsZero() {
    assertThat(evaluate("States.ArrayLength($.items[*].nope)", "{\"items\":[1,2]}")).isEqualTo(0);
  }

  @Test
  void arrayLengthNeedsOneArray() {
    assertThat(failure("States.ArrayLength($.a)", "{\"a\":\"abc\"}").cause())
        .isEqualTo(invalidArguments("States.ArrayLength($.a)", "States.ArrayLength"));
    assertThat(failure("States.ArrayLength()").cause())
        .isEqualTo(invalidArguments("States.ArrayLength()", "States.ArrayLength"));
  }
}
