package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import org.junit.jupiter.api.Test;

class StatesFormatTest {
  @Test
  void formatReplacesEachPlaceholderWithTheNextValue() {
    // given the conformance case base.test_state_fail_intrinsic
    String expression =
        "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)";

    // when
    Object result = evaluate(expression, "{\"Error\":\"error string\",\"Cause\":\"cause string\"}");

    // then
    assertThat(result)
        .isEqualTo("This is a custom error message for error string, caused by cause string.");
  }

  @Test
  void formatWritesNumbersBooleansAndNullAsText() {
    // when
    Object scalars =
        evaluate("States.Format('{} {} {}', $.a, $.b, $.c)", "{\"a\":\"x\",\"b\":2,\"c\":true}");
    Object literal = evaluate("States.Format('Format:{}', 101)");
    Object decimal = evaluate("States.Format('{}', $.d)", "{\"d\":3.5}");
    Object nul = evaluate("States.Format('{}', $.nul)", "{\"nul\":null}");

    // then
    assertThat(scalars).isEqualTo("x 2 true");
    assertThat(literal).isEqualTo("Format:101");
    assertThat(decimal).isEqualTo("3.5");
    assertThat(nul).isEqualTo("null");
  }

  @Test
  void formatWritesObjectsAndArraysTheWayJavaPrintsThem() {
    // when
    Object result =
        evaluate(
            "States.Format('{} {}', $.o, $.a)",
            "{\"o\":{\"Arg1\":1,\"Arg2\":[]},\"a\":[\"x\",1,null,{\"k\":true}]}");

    // then
    assertThat(result).isEqualTo("{Arg1=1, Arg2=[]} [x, 1, null, {k=true}]");
  }

  @Test
  void formatHonoursEscapedQuotesAndBracesInALiteralTemplate() {
    // when
    Object quotes = evaluate("States.Format('Name: \\'{}\\'', $.n)", "{\"n\":\"Gabriel\"}");
    Object braces = evaluate("States.Format('\\{\\} {}', $.n)", "{\"n\":\"x\"}");

    // then
    assertThat(quotes).isEqualTo("Name: 'Gabriel'");
    assertThat(braces).isEqualTo("{} x");
  }

  @Test
  void formatTakesTheTemplateFromAPathOrANestedCall() {
    // when
    Object fromPath =
        evaluate(
            "States.Format($.template, $.name)", "{\"template\":\"Hello {}\",\"name\":\"Ada\"}");
    Object nested =
        evaluate(
            "States.Format('arn:{}:{}', $.svc, States.JsonToString($.obj))",
            "{\"svc\":\"lambda\",\"obj\":{\"k\":1}}");

    // then
    assertThat(fromPath).isEqualTo("Hello Ada");
    assertThat(nested).isEqualTo("arn:lambda:{\"k\":1}");
  }

  @Test
  void formatKeepsWhitespaceAndATemplateWithoutPlaceholders() {
    assertThat(evaluate("States.Format('  {}  ', $.a)", "{\"a\":\"x\"}")).isEqualTo("  x  ");
    assertThat(evaluate("States.Format('no placeholders')")).isEqualTo("no placeholders");
  }

  @Test
  void formatRejectsMoreOrFewerValuesThanPlaceholders() {
    // when
    StatesFailure tooFew = failure("States.Format('{} {}', $.a)", "{\"a\":\"x\"}");
    StatesFailure tooMany = failure("States.Format('{}', $.a, $.a)", "{\"a\":\"x\"}");

    // then
    assertThat(tooFew.error()).isEqualTo(StatesError.RUNTIME);
    assertThat(tooFew.cause())
        .isEqualTo(
            "The function 'States.Format('{} {}', $.a)' had the following error: Invalid"
                + " arguments in States.Format: number of arguments do not match the occurrences"
                + " of {}.");
    assertThat(tooMany.cause()).contains("Invalid arguments in States.Format");
  }

  @Test
  void formatRejectsAnUnmatchedBraceAndANonStringTemplate() {
    assertThat(failure("States.Format('Hello {', $.a)", "{\"a\":\"x\"}").cause())
        .isEqualTo(invalidArguments("States.Format('Hello {', $.a)", "States.Format"));
    assertThat(failure("States.Format('}')").cause())
        .isEqualTo(invalidArguments("States.Format('}')", "States.Format"));
    assertThat(failure("States.Format($.t, 1)", "{\"t\":123}").cause())
        .isEqualTo(invalidArguments("States.Format($.t, 1)", "States.Format"));
  }

  @Test
  void formatFailsWhenTheTemplatePathMatchesNothing() {
    // given AWS's cause, captured in us-east-1
    StatesFailure failure = failure("States.Format($.nope, 1)", "{\"other\":1}");

    // then
    assertThat(failure.error()).isEqualTo(StatesError.RUNTIME);
    assertThat(failure.cause())
        .isEqualTo(
            "The function 'States.Format($.nope, 1)' had the following error: The JsonPath"
                + " argument for the field '$.nope' could not be found in the input"
                + " '{\"other\":1}'");
  }
}
