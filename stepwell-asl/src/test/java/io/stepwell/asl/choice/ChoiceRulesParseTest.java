package io.stepwell.asl.choice;

import static io.stepwell.asl.choice.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link ChoiceRules#parse} accepts, and the clear refusal of a malformed rule. */
class ChoiceRulesParseTest {

  @Test
  void topLevelNextAssignAndCommentAreIgnored() {
    // given
    String json =
        """
        {"Variable": "$.v", "StringEquals": "a", "Next": "S", "Assign": {"x": 1},
         "Comment": "why"}
        """;

    // when / then
    assertThat(Rules.matches(json, "{\"v\": \"a\"}")).isTrue();
  }

  @Test
  void fieldOrderDoesNotMatter() {
    // given: the corpus's unsorted-parameters case puts the operator before Variable
    String json = "{\"BooleanEquals\": true, \"Variable\": \"$.result.done\", \"Next\": \"S\"}";

    // when / then
    assertThat(Rules.matches(json, "{\"result\": {\"done\": true}}")).isTrue();
    assertThat(Rules.matches(json, "{\"result\": {\"done\": false}}")).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"Variable": "$.v"}                                            | no operator
          {"StringEquals": "a"}                                          | 'Variable' must be a path string
          {"Variable": "$.v", "StringEquals": "a", "NumericEquals": 1}   | more than one operator
          {"Variable": "$.v", "Frobnicate": 1}                           | unknown field 'Frobnicate'
          {"Variable": "$.v", "NumericEquals": "1"}                      | NumericEquals needs a number
          {"Variable": "$.v", "StringEquals": 1}                         | StringEquals needs a string
          {"Variable": "$.v", "BooleanEquals": "true"}                   | BooleanEquals needs a boolean
          {"Variable": "$.v", "TimestampEquals": "2016-08-18"}           | TimestampEquals needs an RFC 3339 timestamp
          {"Variable": "$.v", "IsNull": "yes"}                           | 'IsNull' must be true or false
          {"Variable": "$.v", "StringMatchesPath": "$.p"}                | unknown field 'StringMatchesPath'
          {"Variable": "$.v", "StringEqualsPath": "p"}                   | 'StringEqualsPath':
          {"Variable": "v", "StringEquals": "a"}                         | 'Variable':
          {"And": []}                                                    | 'And' must be a non-empty array
          {"Or": {"Variable": "$.v", "IsNull": true}}                    | 'Or' must be a non-empty array
          {"Not": [{"Variable": "$.v", "IsNull": true}]}                 | A Choice rule must be an object
          {"And": [{"Variable": "$.v", "IsNull": true, "Next": "S"}]}    | 'Next' is allowed only in a top-level Choice rule
          {"Variable": "$.v", "And": [{"Variable": "$.v", "IsNull": true}]} | 'Variable' does not go with 'And'
          {"Condition": "{% true %}"}                                    | 'Condition' is a JSONata field
          """)
  void malformedRuleIsRefusedWithAClearMessage(String json, String reason) {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> rule(json)).withMessageContaining(reason);
  }
}
