package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {
  private static ValueMatcher matcher() {
    ConformanceCase none = new ConformanceCase("c", "pure", Map.of());
    return new ValueMatcher(Placeholders.of(none), Set.of(), new Bindings());
  }

  private static Optional<Difference> compare(String expected, String actual) {
    return matcher().compare("/output", Json.parse(expected), Json.parse(actual));
  }

  @Test
  void missingKeyIsReportedAtItsPointer() {
    // when
    Optional<Difference> d = compare("{\"a\":{\"b\":1}}", "{\"a\":{}}");

    // then
    assertThat(d).map(Difference::describe).contains("/output/a/b: expected 1, got (absent)");
  }

  @Test
  void extraKeyIsADifference() {
    // when
    Optional<Difference> d = compare("{}", "{\"x\":true}");

    // then
    assertThat(d).map(Difference::describe).contains("/output/x: expected (absent), got true");
  }

  @Test
  void valuesUnderTimestampKeysMatchAnything() {
    assertThat(compare("{\"BatchTimestamp\":\"timestamp\"}", "{\"BatchTimestamp\":17}")).isEmpty();
  }

  @Test
  void uuidTokensBindConsistently() {
    assertThat(
            compare(
                "[\"<uuid:1>\",\"<uuid:1>\"]",
                "[\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\",\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\"]"))
        .isEmpty();
    assertThat(
            compare(
                "[\"<uuid:1>\",\"<uuid:1>\"]",
                "[\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\",\"0b4e5e2a-2222-4aaa-8bbb-123456789abc\"]"))
        .isPresent();
  }

  @Test
  void distinctUuidTokensStandForDistinctValues() {
    assertThat(
            compare(
                "[\"<uuid:1>\",\"<uuid:2>\"]",
                "[\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\",\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\"]"))
        .isPresent();
  }

  @Test
  void arnPartsAreWildcardsButTheRestIsLiteral() {
    String expected =
        "\"arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>\"";
    assertThat(compare(expected, "\"arn:aws:states:us-east-1:123456789012:execution:sm:run-1\""))
        .isEmpty();
    assertThat(compare(expected, "\"arn:aws:states:us-east-1:123456789012:express:sm:run-1\""))
        .isPresent();
  }

  @Test
  void causeTextIsComparedWithTheDecodedRecording() {
    // given
    ValueMatcher m = matcher();

    // when
    Optional<Difference> d =
        m.compare(
            "/cause", Json.parse("{\"errorType\":\"Exception\"}"), "{\"errorType\":\"Exception\"}");

    // then
    assertThat(d).isEmpty();
  }

  @Test
  void outputTextIsNotDecoded() {
    assertThat(compare("{\"a\":1}", "\"{\\\"a\\\":1}\"")).isPresent();
  }
}
