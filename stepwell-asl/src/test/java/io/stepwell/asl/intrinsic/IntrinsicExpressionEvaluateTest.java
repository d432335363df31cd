package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures common to every function; the causes are AWS's, captured in us-east-1. */
class IntrinsicExpressionEvaluateTest {
  @Test
  void aPathThatMatchesNothingFailsWithTheWholeExpressionInTheCause() {
    // when
    StatesFailure failure =
        failure("States.Format('{}', States.Format('{}', $.nope))", "{\"other\":1}");

    // then
    assertThat(failure.error()).isEqualTo(StatesError.RUNTIME);
    assertThat(failure.cause())
        .isEqualTo(
            "The function 'States.Format('{}', States.Format('{}', $.nope))' had the following"
                + " error: The JsonPath argument for the field '$.nope' could not be found in the"
                + " input '{\"other\":1}'");
  }

  @Test
  void theCauseNamesTheArgumentThatMatchedNothingAndEchoesTheSpacing() {
    assertThat(failure("States.Format('{} {}', $.other, $.a.b)", "{\"other\":1}").cause())
        .isEqualTo(
            "The function 'States.Format('{} {}', $.other, $.a.b)' had the following error: The"
                + " JsonPath argument for the field '$.a.b' could not be found in the input"
                + " '{\"other\":1}'");
    assertThat(failure("States.Format('{}',$.nope)", "{\"other\":1}").cause())
        .startsWith("The function 'States.Format('{}',$.nope)' had the following error:");
  }

  @Test
  void anIndexPastTheEndOfAnArrayMatchesNothing() {
    assertThat(failure("States.Format('{}', $.items[5])", "{\"items\":[1,2]}").cause())
        .isEqualTo(
            "The function 'States.Format('{}', $.items[5])' had the following error: The JsonPath"
                + " argument for the field '$.items[5]' could not be found in the input"
                + " '{\"items\":[1,2]}'");
  }

  @Test
  void aContextPathThatMatchesNothingIsReportedFromDollarWithTheStateInput() {
    // given
    Intrinsics.Scope scope =
        new Intrinsics.Scope(Map.of("other", 1), Map.of("State", Map.of("Name", "P")), Map.of());
    IntrinsicExpression expression = IntrinsicExpression.parse("States.Format('{}', $$.Nope.Deep)");

    // when
    StatesFailure failure = null;
    try {
      expression.evaluate(scope, Entropy.seeded(1));
    } catch (StatesFailure e) {
      failure = e;
    }

    // then
    assertThat(failure).isNotNull();
    assertThat(failure.cause())
        .isEqualTo(
            "The function 'States.Format('{}', $$.Nope.Deep)' had the following error: The"
                + " JsonPath argument for the field '$.Nope.Deep' could not be found in the input"
                + " '{\"other\":1}'");
  }

  @Test
  void anUnassignedVariableMatchesNothing() {
    assertThat(failure("States.Array($nope)", "{}").cause())
        .contains("The JsonPath argument for the field '$nope' could not be found");
  }

  @Test
  void anExplicitNullIsAValueNotAMiss() {
    assertThat(evaluate("States.Array($.nul)", "{\"nul\":null}"))
        .isEqualTo(Intrinsics.json("[null]"));
  }

  @Test
  void theSameExpressionEvaluatesAgainAgainstOtherData() {
    IntrinsicExpression expression = IntrinsicExpression.parse("States.MathAdd($.n, 1)");

    assertThat(expression.evaluate(Intrinsics.scope("{\"n\":1}"), Entropy.seeded(1))).isEqualTo(2);
    assertThat(expression.evaluate(Intrinsics.scope("{\"n\":41}"), Entropy.seeded(1)))
        .isEqualTo(42);
  }
}
