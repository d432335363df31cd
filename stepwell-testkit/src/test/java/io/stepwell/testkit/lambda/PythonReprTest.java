package io.stepwell.testkit.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import org.junit.jupiter.api.Test;

/** Expected texts are what CPython 3.12's {@code str()} gives for the parsed JSON. */
class PythonReprTest {
  @Test
  void listOfStringsUsesSingleQuotes() {
    // the recorded answer of return_decorated_input.py to ["string-literal"]
    assertThat(PythonRepr.str(Json.parse("[\"string-literal\"]"))).isEqualTo("['string-literal']");
  }

  @Test
  void dictUsesPythonLiterals() {
    assertThat(PythonRepr.str(Json.parse("{\"a\":null,\"b\":true,\"c\":1.0,\"d\":[]}")))
        .isEqualTo("{'a': None, 'b': True, 'c': 1.0, 'd': []}");
  }

  @Test
  void quotesArePickedAsPythonPicksThem() {
    assertThat(PythonRepr.str(Json.parse("[\"it's\"]"))).isEqualTo("[\"it's\"]");
    assertThat(PythonRepr.str(Json.parse("[\"a'b\\\"c\"]"))).isEqualTo("['a\\'b\"c']");
  }

  @Test
  void escapesNonPrintableCharacters() {
    assertThat(PythonRepr.str(Json.parse("[\"\\n\\u0001é\\u2028\"]")))
        .isEqualTo("['\\n\\x01é\\u2028']");
  }

  @Test
  void topLevelStringIsItself() {
    assertThat(PythonRepr.str("plain")).isEqualTo("plain");
  }
}
