package io.stepwell.asl.jsonata;

import static io.stepwell.asl.jsonata.Expressions.errorOf;
import static io.stepwell.asl.jsonata.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An evaluation ends with States.QueryEvaluationError instead of hanging or overflowing. */
class RuntimeBoundsTest {
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void unboundedRecursionFailsOnTheDepthBound() {
    assertThat(errorOf("($f := function($x){ $x <= 0 ? 0 : 1 + $f($x - 1) }; $f(1000000))"))
        .isEqualTo(JsonataErrorText.STACK_OVERFLOW);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void recursionWithoutABaseCaseFailsOnTheDepthOrTimeBound() {
    assertThat(errorOf("($f := function($x){ $f($x) + 1 }; $f(1))"))
        .isEqualTo(JsonataErrorText.STACK_OVERFLOW);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anEndlessTailCallLoopFailsOnTheTimeBound() {
    // Tail calls are optimised into a loop, so only the clock ends this one.
    long start = System.nanoTime();
    assertThat(errorOf("($f := function($x){ $f($x + 1) }; $f(1))"))
        .isEqualTo(JsonataErrorText.TIMEOUT);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(JsonataExpression.TIMEOUT_MILLIS);
  }

  @Test
  void boundedRecursionStillWorks() {
    // AWS is reported to evaluate this one at n = 30 and to refuse it at n = 40.
    assertThat(eval("($f := function($x){ $x <= 0 ? 0 : 1 + $f($x - 1) }; $f(30))"))
        .isEqualTo("30");
    assertThat(eval("$sum($map([1..100000], function($v){ $v * 2 }))")).isEqualTo("10000100000");
  }
}
