package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class StatesBase64DecodeTest {
  @Test
  void base64DecodeReturnsTheUtf8Text() {
    assertThat(evaluate("States.Base64Decode($.b)", "{\"b\":\"RGF0YSB0byBlbmNvZGU=\"}"))
        .isEqualTo("Data to encode");
    assertThat(evaluate("States.Base64Decode('aGVsbG8=')")).isEqualTo("hello");
    assertThat(evaluate("States.Base64Decode('')")).isEqualTo("");
    assertThat(evaluate("States.Base64Decode('4pyT')")).isEqualTo("✓");
    assertThat(evaluate("States.Base64Decode('44GT44KT44Gr44Gh44Gv')")).isEqualTo("こんにちは");
    assertThat(evaluate("States.Base64Decode('YWJjAGRlZg==')")).isEqualTo("abc\u0000def");
    assertThat(evaluate("States.Base64Decode(States.Base64Encode('hello'))")).isEqualTo("hello");
  }

  @Test
  void base64DecodeToleratesWhatAwsTolerates() {
    assertThat(evaluate("States.Base64Decode(' YWJjZA== ')")).isEqualTo("abcd");
    for (String text : new String[] {"!!!invalid!!!", "abc", "ab==cd"}) {
      assertThatCode(() -> evaluate("States.Base64Decode('" + text + "')"))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void base64DecodeAcceptsAtMostTenThousandCharacters() {
    String limit = "{\"s\":\"" + "A".repeat(10_000) + "\"}";
    String over = "{\"s\":\"" + "A".repeat(10_001) + "\"}";

    assertThat((String) evaluate("States.Base64Decode($.s)", limit)).hasSize(7_500);
    assertThat(failure("States.Base64Decode($.s)", over).cause())
        .isEqualTo(invalidArguments("States.Base64Decode($.s)", "States.Base64Decode"));
  }

  @Test
  void base64DecodeNeedsOneString() {
    for (String expression :
        new String[] {
          "States.Base64Decode(123)",
          "States.Base64Decode($)",
          "States.Base64Decode()",
          "States.Base64Decode('aGVsbG8=', 'extra')"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.Base64Decode"));
    }
  }

  @Test
  void base64DecodeFailsWhenItsPathMatchesNothing() {
    assertThat(failure("States.Base64Decode($.missing)").cause())
        .isEqualTo(
            "The function 'States.Base64Decode($.missing)' had the following error: The JsonPath"
                + " argument for the field '$.missing' could not be found in the input '{}'");
  }
}
