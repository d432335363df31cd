package io.stepwell.testkit.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import org.junit.jupiter.api.Test;

/** Expected texts are what CPython 3.12's {@code json.dumps} writes. */
class PythonJsonTest {
  @Test
  void separatorsHaveSpaces() {
    assertThat(PythonJson.dumps(Json.parse("{\"a\":[1,true,null],\"b\":{}}")))
        .isEqualTo("{\"a\": [1, true, null], \"b\": {}}");
  }

  @Test
  void nonAsciiIsEscapedAsUtf16Units() {
    assertThat(PythonJson.dumps("é😀\u007f")).isEqualTo("\"\\u00e9\\ud83d\\ude00\\u007f\"");
  }

  @Test
  void controlCharactersUseShortEscapesWherePythonHasThem() {
    assertThat(PythonJson.dumps("a\"\\\n\t\u0001")).isEqualTo("\"a\\\"\\\\\\n\\t\\u0001\"");
  }

  @Test
  void floatsAreWrittenAsPythonRepr() {
    assertThat(PythonJson.dumps(0.0)).isEqualTo("0.0");
    assertThat(PythonJson.dumps(-0.0)).isEqualTo("-0.0");
    assertThat(PythonJson.dumps(123.456)).isEqualTo("123.456");
    assertThat(PythonJson.dumps(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PythonJson.dumps(1e16)).isEqualTo("1e+16");
    assertThat(PythonJson.dumps(0.0001)).isEqualTo("0.0001");
    assertThat(PythonJson.dumps(0.00001)).isEqualTo("1e-05");
    assertThat(PythonJson.dumps(1.5e300)).isEqualTo("1.5e+300");
    assertThat(PythonJson.dumps(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void integersAreWrittenInFull() {
    assertThat(PythonJson.dumps(Json.parse("123456789012345678901234567890")))
        .isEqualTo("123456789012345678901234567890");
  }
}
