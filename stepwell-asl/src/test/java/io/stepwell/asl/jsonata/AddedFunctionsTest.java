package io.stepwell.asl.jsonata;

import static io.stepwell.asl.jsonata.Expressions.errorOf;
import static io.stepwell.asl.jsonata.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * AWS's added functions. Expected values come from the conformance corpus (test_array_jsonata),
 * AWS's documentation, and behaviour others measured with AWS's test-state.
 */
class AddedFunctionsTest {
  @Test
  void partitionSplitsIntoChunksWithAShorterLastOne() {
    assertThat(eval("$partition([1,2,3,4,5,6,7,8,9], 4)")).isEqualTo("[[1,2,3,4],[5,6,7,8],[9]]");
    assertThat(
            eval("$partition($states.input.fst, $states.input.snd)", "{\"fst\": [0], \"snd\": 4}"))
        .isEqualTo("[[0]]");
    assertThat(eval("$partition($states.input.fst, 2)", "{\"fst\": [0, 1, 2, 3]}"))
        .isEqualTo("[[0,1],[2,3]]");
  }

  @Test
  void partitionEdgeCases() {
    assertThat(eval("$partition([1,2,3])")).isEqualTo("[[1,2,3]]");
    assertThat(eval("$partition([1,2,3,4,5], 2.9)")).isEqualTo("[[1,2],[3,4],[5]]");
    assertThat(eval("$partition([], 2)")).isEqualTo("undefined");
    assertThat(eval("$partition([1,2,3], 0)")).isEqualTo("undefined");
    assertThat(eval("$partition($missing, 2)")).isEqualTo("undefined");
    assertThat(errorOf("$partition([1,2,3], -1)"))
        .isEqualTo("D3137: Second argument must be zero or greater");
    assertThat(errorOf("$partition([1,2,3], 'a')"))
        .isEqualTo("T0410: Argument 2 of function \"partition\" does not match function signature");
    assertThat(errorOf("$partition([1,2,3], 2, 'x')"))
        .isEqualTo("T0410: Argument 3 of function \"partition\" does not match function signature");
    assertThat(errorOf("$partition(null, 2)")).startsWith("T0412: ");
  }

  @Test
  void rangeCountsUpOrDownIncludingTheEnd() {
    // test_array_jsonata.test_array_range exec_hist_resp_0, 1 and 3
    assertThat(eval("$range(0, 9, 3)")).isEqualTo("[0,3,6,9]");
    assertThat(eval("$range(0, 10, 3)")).isEqualTo("[0,3,6,9]");
    assertThat(eval("$range(1, 9, 2)")).isEqualTo("[1,3,5,7,9]");
    assertThat(eval("$range(10, 0, -2)")).isEqualTo("[10,8,6,4,2,0]");
  }

  @Test
  void rangeOfOneNumberIsThatNumber() {
    // test_array_jsonata.test_array_range exec_hist_resp_2: AWS answers 1, not [1]
    assertThat(eval("$range(1, 9, 9)")).isEqualTo("1");
  }

  @Test
  void rangeEdgeCases() {
    assertThat(eval("$range(1.7, 5, 1)")).isEqualTo("[1,2,3,4,5]");
    assertThat(eval("$range(-1.7, 2, 1)")).isEqualTo("[-1,0,1,2]");
    assertThat(eval("$range(5, 1, 1)")).isEqualTo("undefined");
    assertThat(eval("$range(1, 5, 0)")).isEqualTo("undefined");
    assertThat(eval("$range(1, 5)")).isEqualTo("undefined");
    assertThat(errorOf("$range(1)"))
        .isEqualTo("T0410: Argument 2 of function \"range\" does not match function signature");
    assertThat(errorOf("$range(1, 5, 1, 'x')"))
        .isEqualTo("T0410: Argument 4 of function \"range\" does not match function signature");
    assertThat(
            eval("$count($range(-9223372036854775808, 9223372036854775807, 9223372036854775807))"))
        .isEqualTo("3");
    assertThat(errorOf("$range(0, 100000000, 1)")).startsWith("D3137: ");
  }

  @Test
  void hashDigestsUtf8WithTheNamedAlgorithm() {
    assertThat(eval("$hash('Hello', 'MD5')")).isEqualTo("\"8b1a9953c4611296a827abf8c47804d7\"");
    assertThat(eval("$hash('Hello', 'SHA-1')"))
        .isEqualTo("\"f7ff9e8b7bb2e09b70935a5d785e0cc5d9d0abf0\"");
    assertThat(eval("$hash('Hello', 'SHA-256')"))
        .isEqualTo("\"185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969\"");
    assertThat(eval("$hash('ñ', 'MD5')")).isEqualTo("\"94e9342ecbb1458b6043ecd3bfcbc192\"");
  }

  @Test
  void hashArgumentRules() {
    assertThat(eval("$hash('a')")).isEqualTo("undefined");
    assertThat(errorOf("$hash('Hello', 'md5')"))
        .isEqualTo(
            "D3137: Hash algorithm 'md5' must be one of SHA-1, SHA-384, SHA-256, SHA-512, MD5");
    assertThat(errorOf("$hash(42, 'MD5')"))
        .isEqualTo("T0410: Argument 1 of function \"hash\" does not match function signature");
    assertThat(errorOf("$hash('a', 5)"))
        .isEqualTo("T0410: Argument 2 of function \"hash\" does not match function signature");
  }

  @Test
  void randomWithASeedIsJavaRandomsFirstDouble() {
    // The values AWS returns for these seeds.
    assertThat(eval("$random(42)")).isEqualTo("0.7275636800328681");
    assertThat(eval("$random(0)")).isEqualTo("0.730967787376657");
    assertThat(eval("$random(7)")).isEqualTo("0.7306990420600421");
    assertThat(eval("$random(0.9)")).isEqualTo(eval("$random(0)"));
    assertThat(errorOf("$random(1, 2)"))
        .isEqualTo("T0410: Argument 2 of function \"random\" does not match function signature");
    assertThat(errorOf("$random('a')"))
        .isEqualTo("T0410: Argument 1 of function \"random\" does not match function signature");
  }

  @Test
  void seededRandomMatchesJavaUtilRandom() {
    for (long seed : new long[] {0, 1, -1, 42, 123456789, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertThat(SeededRandom.firstDouble(seed)).isEqualTo(new java.util.Random(seed).nextDouble());
    }
  }

  @Test
  void uuidIsAVersion4UuidAndTakesNoArgument() {
    assertThat(eval("$uuid()"))
        .matches("\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
    assertThat(eval("$uuid() = $uuid()")).isEqualTo("false");
    assertThat(errorOf("$uuid('seed')"))
        .isEqualTo("T0410: Argument 1 of function \"uuid\" does not match function signature");
  }

  @Test
  void parseReadsJsonText() {
    // localstack test_json_manipulation_jsonata.test_parse snapshot, recorded against AWS
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"-0\"}")).isEqualTo("0");
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"1.1\"}")).isEqualTo("1.1");
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"true\"}")).isEqualTo("true");
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"\\\"HelloWorld\\\"\"}"))
        .isEqualTo("\"HelloWorld\"");
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"[1, 2, \\\"HelloWorld\\\"]\"}"))
        .isEqualTo("[1,2,\"HelloWorld\"]");
    assertThat(eval("$parse($states.input.v)", "{\"v\": \"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"}"))
        .isEqualTo("{\"Arg1\":1,\"Arg2\":[]}");
  }

  @Test
  void parseArgumentRules() {
    assertThat(eval("$exists($parse('null'))")).isEqualTo("true");
    assertThat(eval("$parse('{\"b\":1,\"a\":2}').a")).isEqualTo("2");
    assertThat(eval("$parse('1.0')")).isEqualTo("1");
    assertThat(eval("$parse()")).isEqualTo("undefined");
    assertThat(errorOf("$parse(null)"))
        .isEqualTo("T0410: Argument 1 of function \"parse\" does not match function signature");
    assertThat(errorOf("$parse('{}', 'x')"))
        .isEqualTo("T0410: Argument 2 of function \"parse\" does not match function signature");
    for (String bad :
        new String[] {"''", "'not json'", "'[1] [2]'", "'{\"a\":1,\"a\":2}'", "'1e400'"}) {
      assertThat(errorOf("$parse(" + bad + ")")).as(bad).isEqualTo("D3137: Invalid JSON");
    }
  }

  @Test
  void functionsAreValuesToo() {
    assertThat(eval("$map(['{\"a\":1}', '{\"a\":2}'], $parse).a")).isEqualTo("[1,2]");
  }
}
