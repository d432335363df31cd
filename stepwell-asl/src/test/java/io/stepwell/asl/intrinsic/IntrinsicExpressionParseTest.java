package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicExpressionParseTest {
  @Test
  void isIntrinsicNeedsTheStatesPrefixAndAParenthesis() {
    assertThat(IntrinsicExpression.isIntrinsic("States.Array()")).isTrue();
    assertThat(IntrinsicExpression.isIntrinsic("States.Format")).isFalse();
    assertThat(IntrinsicExpression.isIntrinsic("$.States.Array()")).isFalse();
    assertThat(IntrinsicExpression.isIntrinsic(null)).isFalse();
  }

  @Test
  void parseKeepsTheTextAsWritten() {
    String text = "States.Format('{}',$.a)";

    assertThat(IntrinsicExpression.parse(text).text()).isEqualTo(text);
  }

  @Test
  void parseReadsEveryKindOfLiteral() {
    assertThat(
            evaluate(
                "States.Array('it\\'s \\{\\} \\\\', 1, -2, 3.25, -0.5, 1e3, true, false, null)"))
        .isEqualTo(json("[\"it's {} \\\\\", 1, -2, 3.25, -0.5, 1000.0, true, false, null]"));
  }

  @Test
  void parseAllowsSpacesAroundArgumentsAndKeepsThemInStrings() {
    assertThat(evaluate("States.Array(  ' a, b) ' ,1 ,  States.Array( ) )"))
        .isEqualTo(json("[\" a, b) \", 1, []]"));
  }

  @Test
  void parseReadsEveryKindOfPath() {
    // given
    Intrinsics.Scope scope =
        new Intrinsics.Scope(
            json("{\"a\":{\"b,c\":1,\"list\":[{\"x\":1},{\"x\":2}]}}"),
            json("{\"Execution\":{\"Id\":\"exec\"}}"),
            java.util.Map.of("var", json("{\"x\":\"v\"}")));

    // when
    Object result =
        IntrinsicExpression.parse(
                "States.Array($.a['b,c'], $$.Execution.Id, $var.x, $.a.list[?(@.x > 1)].x, $.a.list[1].x)")
            .evaluate(scope, io.stepwell.asl.Entropy.seeded(1));

    // then
    assertThat(result).isEqualTo(json("[1, \"exec\", \"v\", [2], 2]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Foo(1)",
        "States.format('x')",
        "Format('x')",
        "States.Array(\"x\")",
        "States.Base64Decode('YWJj\\nZA==')",
        "States.Array('unterminated)",
        "States.ArrayPartition($.arr, )",
        "States.Array(1,)",
        "States.Array(1",
        "States.Array(1) extra",
        "States.Array(01)",
        "States.Array(1.)",
        "States.Array(.5)",
        "States.Array(True)",
        "States.Array(nullx)",
        "States.Array(abc)",
        "States.Array($.a[)",
        "States.Array(1 2)",
        "States.Array"
      })
  void parseRejectsMalformedCalls(String text) {
    assertThatThrownBy(() -> IntrinsicExpression.parse(text))
        .isInstanceOf(IntrinsicSyntaxException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void parseNamesAnUnknownFunction() {
    assertThatThrownBy(() -> IntrinsicExpression.parse("States.Nope($.a)"))
        .hasMessageContaining("unknown intrinsic function 'States.Nope'");
  }
}
