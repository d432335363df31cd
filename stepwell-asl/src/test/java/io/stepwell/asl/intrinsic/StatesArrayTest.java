package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayTest {
  @Test
  void arrayCollectsItsArgumentsInOrder() {
    assertThat(evaluate("States.Array('a', 'b', 'c')")).isEqualTo(json("[\"a\",\"b\",\"c\"]"));
    assertThat(
            evaluate(
                "States.Array($.fst, $.snd, 1.1, true, null)",
                "{\"fst\":{\"Arg1\":1,\"Arg2\":[]},\"snd\":\"\"}"))
        .isEqualTo(json("[{\"Arg1\":1,\"Arg2\":[]},\"\",1.1,true,null]"));
  }

  @Test
  void arrayWithoutArgumentsIsEmpty() {
    assertThat(evaluate("States.Array()")).isEqualTo(json("[]"));
  }

  @Test
  void arrayFailsWhenAPathMatchesNothing() {
    assertThat(failure("States.Array(1, $.nope)", "{\"other\":1}").cause())
        .isEqualTo(
            "The function 'States.Array(1, $.nope)' had the following error: The JsonPath"
                + " argument for the field '$.nope' could not be found in the input"
                + " '{\"other\":1}'");
  }
}
