package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesHashTest {
  @Test
  void hashSupportsTheFiveAlgorithms() {
    assertThat(evaluate("States.Hash('hello', 'MD5')"))
        .isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(evaluate("States.Hash('hello', 'SHA-1')"))
        .isEqualTo("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d");
    assertThat(evaluate("States.Hash('hello', 'SHA-256')"))
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(evaluate("States.Hash('hello', 'SHA-384')"))
        .isEqualTo(
            "59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f");
    assertThat(evaluate("States.Hash('hello', 'SHA-512')"))
        .isEqualTo(
            "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043");
  }

  @Test
  void hashDigestsTheUtf8Bytes() {
    assertThat(evaluate("States.Hash('', 'SHA-256')"))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(evaluate("States.Hash($.s, 'SHA-256')", "{\"s\":\"✓\"}"))
        .isEqualTo("1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604");
    assertThat(evaluate("States.Hash($.s, 'SHA-256')", "{\"s\":\"こんにちは\"}"))
        .isEqualTo("125aeadf27b0459b8760c13a3d80912dfa8a81a68261906f60d87f4a0268646c");
    assertThat(evaluate("States.Hash($.s, 'MD5')", "{\"s\":\"abc\\u0000def\"}"))
        .isEqualTo("a5e4d5963ae44c1f4bfb37b1a3d55a3c");
    assertThat(evaluate("States.Hash('🚀', 'SHA-256')"))
        .isEqualTo("ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5");
  }

  @Test
  void hashTakesItsArgumentsFromPathsAndNestedCalls() {
    assertThat(evaluate("States.Hash($.s, $.algo)", "{\"s\":\"Data to encode\",\"algo\":\"MD5\"}"))
        .isEqualTo("ca405671828a177e26947171bbe1e352");
    assertThat(
            evaluate(
                "States.Hash(States.Format('{}:{}', $.a, $.b), 'SHA-256')",
                "{\"a\":\"x\",\"b\":\"y\"}"))
        .isEqualTo("1274e286686b54fe765ec40735665b4bf789cee2a5b22124c5e0491a88e15271");
  }

  @Test
  void hashDigestsANumberAsItsText() {
    assertThat(evaluate("States.Hash(123, 'MD5')"))
        .isEqualTo(evaluate("States.Hash('123', 'MD5')"));
  }

  @Test
  void hashAcceptsAtMostTenThousandCharacters() {
    String limit = "{\"s\":\"" + "a".repeat(10_000) + "\"}";
    String over = "{\"s\":\"" + "a".repeat(10_001) + "\"}";

    assertThat((String) evaluate("States.Hash($.s, 'SHA-256')", limit)).hasSize(64);
    assertThat(failure("States.Hash($.s, 'SHA-256')", over).cause())
        .isEqualTo(invalidArguments("States.Hash($.s, 'SHA-256')", "States.Hash"));
  }

  @Test
  void hashRejectsAnyOtherAlgorithmSpelling() {
    for (String algorithm :
        new String[] {
          "'UNSUPPORTED'", "'sha-256'", "'SHA256'", "''", "'MD-5'", "'SHA-257'", "123"
        }) {
      String expression = "States.Hash('data', " + algorithm + ")";
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.Hash"));
    }
  }

  @Test
  void hashNeedsTwoArguments() {
    for (String expression :
        new String[] {"States.Hash()", "States.Hash('hello')", "States.Hash('a', 'MD5', 'x')"}) {
      assertThat(failure(expression).cause())
          .isEqualTo(invalidArguments(expression, "States.Hash"));
    }
  }
}
