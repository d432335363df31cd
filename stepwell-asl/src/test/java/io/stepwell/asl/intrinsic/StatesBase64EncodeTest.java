package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesBase64EncodeTest {
  @Test
  void base64EncodeEncodesTheUtf8BytesWithPadding() {
    // given the AWS documentation's example and the conformance case for ASSIGN_FROM_INTRINSIC
    assertThat(evaluate("States.Base64Encode($.input)", "{\"input\":\"Data to encode\"}"))
        .isEqualTo("RGF0YSB0byBlbmNvZGU=");
    assertThat(evaluate("States.Base64Encode('Hello World')")).isEqualTo("SGVsbG8gV29ybGQ=");
    assertThat(evaluate("States.Base64Encode('✓')")).isEqualTo("4pyT");
    assertThat(evaluate("States.Base64Encode('')")).isEqualTo("");
  }

  @Test
  void base64EncodeAcceptsAtMostTenThousandCharacters() {
    String limit = "{\"s\":\"" + "a".repeat(10_000) + "\"}";
    String over = "{\"s\":\"" + "a".repeat(10_001) + "\"}";

    assertThat((String) evaluate("States.Base64Encode($.s)", limit)).hasSize(13_336);
    assertThat(failure("States.Base64Encode($.s)", over).cause())
        .isEqualTo(invalidArguments("States.Base64Encode($.s)", "States.Base64Encode"));
  }

  @Test
  void base64EncodeNeedsOneString() {
    for (String expression :
        new String[] {
          "States.Base64Encode(5)", "States.Base64Encode()", "States.Base64Encode('a', 'b')"
        }) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.Base64Encode"));
    }
  }
}
