package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatesMathAddTest {
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    // the conformance cases intrinsic_functions.test_math_operations.test_math_add
    "-9, 3, -6",
    "1.49, 1.5, 3",
    "1.5, 1.51, 4",
    "-1.49, -1.5, -2",
    "-1.5, -1.51, -3",
    "1.49, 0, 1",
    "1.49, -1.49, 0",
    "1.5, 0, 2",
    "1.51, 0, 2",
    "-1.49, 0, -1",
    "-1.5, 0, -1",
    "-1.51, 0, -2",
    "0.5, 0, 1",
    "2.5, 0, 3",
    "3.5, 0, 4",
    "-0.5, 0.5, 1",
    "-0.5, 0, 0",
    "-2.5, 0, -2",
    "-3.5, 0, -3",
  })
  void mathAddRoundsEachOperandToTheNearestIntegerFirst(String fst, String snd, int sum) {
    // given
    String input = "{\"fst\":" + fst + ",\"snd\":" + snd + "}";

    // when
    Object result = evaluate("States.MathAdd($.fst, $.snd)", input);

    // then
    assertThat(result).isEqualTo(sum);
  }

  @Test
  void mathAddTakesLiteralsAndNestedCalls() {
    assertThat(evaluate("States.MathAdd($.Iterations, -1)", "{\"Iterations\":1}")).isEqualTo(0);
    assertThat(evaluate("States.MathAdd(States.MathAdd($.x, 1), 2)", "{\"x\":5}")).isEqualTo(8);
  }

  @Test
  void mathAddWorksUpToTheThirtyTwoBitLimits() {
    assertThat(evaluate("States.MathAdd(2147483647, 0)")).isEqualTo(2147483647);
    assertThat(evaluate("States.MathAdd(-2147483648, 0)")).isEqualTo(-2147483648);
    assertThat(evaluate("States.MathAdd(2147483646, 1)")).isEqualTo(2147483647);
    assertThat(evaluate("States.MathAdd(-2147483647, -1)")).isEqualTo(-2147483648);
  }

  @Test
  void mathAddRejectsOperandsOrSumsBeyondThirtyTwoBits() {
    for (String expression :
        new String[] {
          "States.MathAdd(2147483647, 1)",
          "States.MathAdd(-2147483648, -1)",
          "States.MathAdd(3000000000, 1)",
          "States.MathAdd(-3000000000, 1)"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.MathAdd"));
    }
  }

  @Test
  void mathAddRejectsNonNumbersAndWrongCounts() {
    for (String expression :
        new String[] {
          "States.MathAdd('a', 1)",
          "States.MathAdd(1, 'b')",
          "States.MathAdd(null, 1)",
          "States.MathAdd(true, 1)",
          "States.MathAdd('-1', 2)",
          "States.MathAdd(1)",
          "States.MathAdd(1, 2, 999)"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.MathAdd"));
    }
  }
}
