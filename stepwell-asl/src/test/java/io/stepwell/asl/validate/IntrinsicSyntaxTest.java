package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.UUID()",
        "States.Format('Hello, {}', $.name)",
        "States.Format('it\\'s {} {}', $$.Execution.Id, $var.x)",
        "States.Array(1, -2.5, 'a', true, null, $.x[0])",
        "States.JsonMerge($.a, States.StringToJson($.b), false)",
        "States.ArrayGetItem($.a[?(@.x > 1)], 0)",
        "States.MathAdd( $.a , 1 )",
      })
  void wellFormedCallsAreValid(String call) {
    assertThat(IntrinsicSyntax.isValidCall(call)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Nope()",
        "States.Format('unterminated)",
        "States.Format('a' $.b)",
        "States.Format('a', $.b",
        "States.Array(1))",
        "States.Array(foo)",
        "States.Array($.a[)",
        "States.UUID",
      })
  void malformedCallsAreInvalid(String call) {
    assertThat(IntrinsicSyntax.isValidCall(call)).isFalse();
  }
}
