package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.error.StatesError;
import org.junit.jupiter.api.Test;

class StatesStringToJsonTest {
  @Test
  void stringToJsonParsesAnyJsonValue() {
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"{\\\"key\\\":\\\"value\\\"}\"}"))
        .isEqualTo(json("{\"key\":\"value\"}"));
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"[1,2,3]\"}"))
        .isEqualTo(json("[1,2,3]"));
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"\\\"hello\\\"\"}"))
        .isEqualTo("hello");
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"123\"}")).isEqualTo(123);
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"true\"}")).isEqualTo(true);
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"null\"}")).isNull();
  }

  @Test
  void stringToJsonAcceptsSurroundingWhitespaceAndReadsEmptyTextAsNull() {
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\" {\\\"a\\\":1} \"}"))
        .isEqualTo(json("{\"a\":1}"));
    assertThat(evaluate("States.StringToJson($.j)", "{\"j\":\"\"}")).isNull();
  }

  @Test
  void stringToJsonRoundTripsJsonToString() {
    assertThat(
            evaluate(
                "States.StringToJson(States.JsonToString($.obj))",
                "{\"obj\":{\"a\":1,\"nested\":{\"ok\":true}}}"))
        .isEqualTo(json("{\"a\":1,\"nested\":{\"ok\":true}}"));
  }

  @Test
  void stringToJsonRejectsTextThatIsNotJson() {
    for (String text : new String[] {"{bad json}", "{\\\"a\\\":1", "undefined"}) {
      String input = "{\"j\":\"" + text + "\"}";
      assertThat(failure("States.StringToJson($.j)", input).cause())
          .isEqualTo(invalidArguments("States.StringToJson($.j)", "States.StringToJson"));
    }
  }

  @Test
  void stringToJsonRejectsNonStringsAndWrongArgumentCounts() {
    assertThat(failure("States.StringToJson($.j)", "{\"j\":123}").error())
        .isEqualTo(StatesError.RUNTIME);
    assertThat(failure("States.StringToJson($.j)", "{\"j\":{\"a\":1}}").cause())
        .isEqualTo(invalidArguments("States.StringToJson($.j)", "States.StringToJson"));
    assertThat(failure("States.StringToJson()").cause())
        .isEqualTo(invalidArguments("States.StringToJson()", "States.StringToJson"));
    assertThat(failure("States.StringToJson('1', '2')").cause())
        .isEqualTo(invalidArguments("States.StringToJson('1', '2')", "States.StringToJson"));
  }
}
