package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatesStringSplitTest {
  private static Object split(String text, String delimiters) {
    return evaluate(
        "States.StringSplit($.fst, $.snd)", Json.write(Map.of("fst", text, "snd", delimiters)));
  }

  @Test
  void stringSplitDropsEmptyPieces() {
    // given the conformance cases intrinsic_functions.test_string_operations.test_string_split
    assertThat(split(" ", ",")).isEqualTo(json("[\" \"]"));
    assertThat(split(" , ", ",")).isEqualTo(json("[\" \",\" \"]"));
    assertThat(split(", , ,", ",")).isEqualTo(json("[\" \",\" \"]"));
    assertThat(split(",,,,", ",")).isEqualTo(json("[]"));
    assertThat(split("1,2,3,4,5", ",")).isEqualTo(json("[\"1\",\"2\",\"3\",\"4\",\"5\"]"));
    assertThat(split("", ",")).isEqualTo(json("[]"));
  }

  @Test
  void stringSplitTreatsEachDelimiterCharacterOnItsOwn() {
    assertThat(split("This.is+a,test=string", ".+,="))
        .isEqualTo(json("[\"This\",\"is\",\"a\",\"test\",\"string\"]"));
    assertThat(split("split on T and \nnew line", "T\n"))
        .isEqualTo(json("[\"split on \",\" and \",\"new line\"]"));
    assertThat(split("1a2b3ab4", "ab")).isEqualTo(json("[\"1\",\"2\",\"3\",\"4\"]"));
  }

  @Test
  void stringSplitReadsTheContextObjectAndLiteralsWithLineBreaks() {
    // given the conformance cases test_string_split_context_object and test_escape_sequence
    String input =
        "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
    Intrinsics.Scope scope =
        new Intrinsics.Scope(
            Map.of(),
            Map.of("Execution", Map.of("Input", Map.of("FunctionInput", input))),
            Map.of());

    Object fromContext =
        IntrinsicExpression.parse("States.StringSplit($$.Execution.Input.FunctionInput, ',')")
            .evaluate(scope, Entropy.seeded(1));
    Object fromLiteral = evaluate("States.StringSplit('Hello\nWorld', '\n')");

    assertThat(fromContext)
        .isEqualTo(
            json(
                "[\"Value1\",\"Value2\",\"Value3\\nValue4\",\"Value5\",\"Value6\\n\",\"\\ntrue\","
                    + "\"1\",\"'HelloWorld'\\nNull\",\"None\",\"\\n   \\n\"]"));
    assertThat(fromLiteral).isEqualTo(json("[\"Hello\",\"World\"]"));
  }

  @Test
  void stringSplitNeedsTwoStrings() {
    for (String expression :
        new String[] {
          "States.StringSplit($.n, ',')",
          "States.StringSplit($.s, $.n)",
          "States.StringSplit($.nul, ',')",
          "States.StringSplit($.s, $.nul)",
          "States.StringSplit($.f, ',')",
          "States.StringSplit($.s, $.arr)",
          "States.StringSplit($.s)",
          "States.StringSplit($.s, ',', 'x')"
        }) {
      String input = "{\"n\":123,\"s\":\"a,b\",\"nul\":null,\"f\":false,\"arr\":[\",\"]}";
      assertThat(failure(expression, input).cause())
          .isEqualTo(invalidArguments(expression, "States.StringSplit"));
    }
  }
}
