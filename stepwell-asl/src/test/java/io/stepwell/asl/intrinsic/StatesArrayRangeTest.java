package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatesArrayRangeTest {
  @Test
  void arrayRangeStepsFromFirstUpToLast() {
    // given the conformance cases intrinsic_functions.test_array.test_array_range
    assertThat(evaluate("States.ArrayRange(0, 9, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(evaluate("States.ArrayRange(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(evaluate("States.ArrayRange(1, 9, 9)")).isEqualTo(json("[1]"));
    assertThat(evaluate("States.ArrayRange(1, 9, 2)")).isEqualTo(json("[1,3,5,7,9]"));
    assertThat(evaluate("States.ArrayRange(-2, 2, 2)")).isEqualTo(json("[-2,0,2]"));
  }

  @Test
  void arrayRangeCountsDownWithANegativeStep() {
    assertThat(evaluate("States.ArrayRange(5, 1, -2)")).isEqualTo(json("[5,3,1]"));
    assertThat(evaluate("States.ArrayRange(3, 3, -1)")).isEqualTo(json("[3]"));
  }

  @Test
  void arrayRangeIsEmptyWhenTheStepPointsAway() {
    assertThat(evaluate("States.ArrayRange(5, 1, 1)")).isEqualTo(json("[]"));
    assertThat(evaluate("States.ArrayRange(1, 5, -1)")).isEqualTo(json("[]"));
  }

  @Test
  void arrayRangeTruncatesFractions() {
    assertThat(evaluate("States.ArrayRange(1.4, 5.6, 2.2)")).isEqualTo(json("[1,3,5]"));
    assertThat(evaluate("States.ArrayRange(1.6, 1.4, 1)")).isEqualTo(json("[1]"));
    assertThat(evaluate("States.ArrayRange(5.4, -0.6, -2.4)")).isEqualTo(json("[5,3,1]"));
  }

  @Test
  void arrayRangeAllowsExactlyOneThousandItems() {
    assertThat((List<?>) evaluate("States.ArrayRange(1, 1000, 1)")).hasSize(1000);
    assertThat((List<?>) evaluate("States.ArrayRange(1000, 1, -1)")).hasSize(1000);
    for (String expression :
        new String[] {"States.ArrayRange(1, 1001, 1)", "States.ArrayRange(1001, 1, -1)"}) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayRange"));
    }
  }

  @Test
  void arrayRangeRejectsAZeroStepAndNonNumbers() {
    for (String expression :
        new String[] {
          "States.ArrayRange(1, 10, 0)",
          "States.ArrayRange(1, 10, 0.49)",
          "States.ArrayRange('a', 5, 1)",
          "States.ArrayRange(1, 'b', 1)",
          "States.ArrayRange(1, 5, 'c')",
          "States.ArrayRange(1, 5)",
          "States.ArrayRange(1, 5, 1, 99)"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayRange"));
    }
  }
}
