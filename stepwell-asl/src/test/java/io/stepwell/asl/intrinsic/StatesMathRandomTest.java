package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import org.junit.jupiter.api.Test;

class StatesMathRandomTest {
  /** Entropy that always draws the same number. */
  private record FixedEntropy(double draw) implements Entropy {
    @Override
    public String uuid() {
      throw new UnsupportedOperationException();
    }

    @Override
    public double nextDouble() {
      return draw;
    }
  }

  private static Object random(String expression, Entropy entropy) {
    return IntrinsicExpression.parse(expression).evaluate(scope("{}"), entropy);
  }

  @Test
  void mathRandomDrawsFromStartUpToButExcludingEnd() {
    assertThat(random("States.MathRandom(1, 999)", new FixedEntropy(0.0))).isEqualTo(1);
    assertThat(random("States.MathRandom(1, 999)", new FixedEntropy(0.5))).isEqualTo(500);
    assertThat(random("States.MathRandom(1, 999)", new FixedEntropy(0.9999999999))).isEqualTo(998);
    assertThat(random("States.MathRandom(-99999, -9999)", new FixedEntropy(0.0))).isEqualTo(-99999);
  }

  @Test
  void mathRandomTruncatesFractionalBounds() {
    // AWS draws 1 for MathRandom(1.6, 5.4), and never 5
    assertThat(random("States.MathRandom(1.6, 5.4)", new FixedEntropy(0.0))).isEqualTo(1);
    assertThat(random("States.MathRandom(1.6, 5.4)", new FixedEntropy(0.9999999999))).isEqualTo(4);
  }

  @Test
  void mathRandomWithASeedIgnoresTheEntropyAndRepeats() {
    Object first = random("States.MathRandom(0, 999, 3)", new FixedEntropy(0.0));
    Object second = random("States.MathRandom(0, 999, 3)", new FixedEntropy(0.9));

    assertThat(first).isEqualTo(second);
    assertThat((Integer) first).isBetween(0, 998);
    assertThat((Integer) random("States.MathRandom(1, 10, -10)", Entropy.seeded(1)))
        .isBetween(1, 9);
    assertThat((Integer) random("States.MathRandom(2147483640, 2147483647, 1)", Entropy.seeded(1)))
        .isBetween(2147483640, 2147483646);
  }

  @Test
  void mathRandomRejectsAnEmptyRange() {
    for (String expression :
        new String[] {
          "States.MathRandom(1, 1)",
          "States.MathRandom(10, 5)",
          "States.MathRandom(1.4, 1.6)",
          "States.MathRandom(1.49, 1.49)"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.MathRandom"));
    }
  }

  @Test
  void mathRandomRejectsNonNumbersAndWrongCounts() {
    for (String expression :
        new String[] {
          "States.MathRandom('a', 10)",
          "States.MathRandom(1, 'b')",
          "States.MathRandom(1, 10, 'seed')",
          "States.MathRandom(1, 10, null)",
          "States.MathRandom(1)",
          "States.MathRandom(1, 10, 5, 99)"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.MathRandom"));
    }
  }
}
