package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesJsonToStringTest {
  @Test
  void jsonToStringWritesCompactJson() {
    assertThat(evaluate("States.JsonToString($.o)", "{\"o\":{\"test\":\"object\"}}"))
        .isEqualTo("{\"test\":\"object\"}");
    assertThat(
            evaluate(
                "States.JsonToString($.probe)",
                "{\"probe\":[null,\"\",\" \",0,1,true,false,[0,1,false]]}"))
        .isEqualTo("[null,\"\",\" \",0,1,true,false,[0,1,false]]");
    assertThat(evaluate("States.JsonToString($)", "{\"other\":1}")).isEqualTo("{\"other\":1}");
  }

  @Test
  void jsonToStringWritesScalarsAsJsonText() {
    assertThat(evaluate("States.JsonToString('a')")).isEqualTo("\"a\"");
    assertThat(evaluate("States.JsonToString(1.5)")).isEqualTo("1.5");
    assertThat(evaluate("States.JsonToString(null)")).isEqualTo("null");
  }

  @Test
  void jsonToStringNeedsExactlyOneArgument() {
    assertThat(failure("States.JsonToString()").cause())
        .isEqualTo(invalidArguments("States.JsonToString()", "States.JsonToString"));
    assertThat(failure("States.JsonToString(1, 2)").cause())
        .isEqualTo(invalidArguments("States.JsonToString(1, 2)", "States.JsonToString"));
  }

  @Test
  void jsonToStringFailsWhenItsPathMatchesNothing() {
    assertThat(failure("States.JsonToString($.nope)", "{\"other\":1}").cause())
        .isEqualTo(
            "The function 'States.JsonToString($.nope)' had the following error: The JsonPath"
                + " argument for the field '$.nope' could not be found in the input"
                + " '{\"other\":1}'");
  }
}
