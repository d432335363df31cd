package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonataReferencesTest {

  @Test
  void findsEachStatesFieldInOrder() {
    assertThat(
            JsonataReferences.statesFields(" $states.result.a & $states.input & $states.result "))
        .containsExactly("result", "input");
  }

  @Test
  void allowsSpacesAroundTheDot() {
    assertThat(JsonataReferences.statesFields("$states . errorOutput"))
        .containsExactly("errorOutput");
  }

  @Test
  void skipsStringsQuotedNamesAndComments() {
    assertThat(
            JsonataReferences.statesFields(
                "'$states.a' & \"x \\\" $states.b\" & `$states.c` /* $states.d */ & $states.e"))
        .containsExactly("e");
  }

  @Test
  void otherVariablesAndBareStatesReadNoField() {
    assertThat(
            JsonataReferences.statesFields(
                "$statesX.result & $x.states.result & $$states.result & $states & $states[0]"))
        .isEmpty();
  }
}
