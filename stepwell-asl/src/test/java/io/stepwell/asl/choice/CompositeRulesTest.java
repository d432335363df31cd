package io.stepwell.asl.choice;

import static io.stepwell.asl.choice.Rules.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code And}, {@code Or} and {@code Not}, nested. */
class CompositeRulesTest {

  private static final String IN_TWENTIES =
      """
      {"And": [
        {"Variable": "$.value", "NumericGreaterThanEquals": 20},
        {"Variable": "$.value", "NumericLessThan": 30}
      ]}
      """;

  @Test
  void andHoldsWhenEveryRuleHolds() {
    // when / then: the AWS docs example, where 22 goes to ValueInTwenties
    assertThat(matches(IN_TWENTIES, "{\"type\": \"Private\", \"value\": 22}")).isTrue();
    assertThat(matches(IN_TWENTIES, "{\"value\": 30}")).isFalse();
    assertThat(matches(IN_TWENTIES, "{\"value\": 19.99}")).isFalse();
  }

  @Test
  void orHoldsWhenAnyRuleHolds() {
    // given
    String rule =
        """
        {"Or": [
          {"Variable": "$.type", "StringEquals": "a"},
          {"Variable": "$.type", "StringEquals": "b"}
        ]}
        """;

    // when / then
    assertThat(matches(rule, "{\"type\": \"b\"}")).isTrue();
    assertThat(matches(rule, "{\"type\": \"c\"}")).isFalse();
  }

  @Test
  void notNegatesTheNestedRule() {
    // given: the AWS docs example's first rule
    String rule = "{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}}";

    // when / then
    assertThat(matches(rule, "{\"type\": \"Private\"}")).isFalse();
    assertThat(matches(rule, "{\"type\": \"Public\"}")).isTrue();
  }

  @Test
  void singletonAndIsItsRule() {
    // given: the corpus's singleton-composite case
    String rule = "{\"And\": [{\"Variable\": \"$.type\", \"StringEquals\": \"Public\"}]}";

    // when / then
    assertThat(matches(rule, "{\"type\": \"Public\", \"value\": 22}")).isTrue();
  }

  @Test
  void rulesNestToAnyDepth() {
    // given: (a == 1 and not (b < 0 or c is a string)) or d is present
    String rule =
        """
        {"Or": [
          {"And": [
            {"Variable": "$.a", "NumericEquals": 1},
            {"Not": {"Or": [
              {"Variable": "$.b", "NumericLessThan": 0},
              {"Variable": "$.c", "IsString": true}
            ]}}
          ]},
          {"Variable": "$.d", "IsPresent": true}
        ]}
        """;

    // when / then
    assertThat(matches(rule, "{\"a\": 1, \"b\": 5, \"c\": 0}")).isTrue();
    assertThat(matches(rule, "{\"a\": 1, \"b\": -5, \"c\": 0}")).isFalse();
    assertThat(matches(rule, "{\"a\": 1, \"b\": 5, \"c\": \"s\"}")).isFalse();
    assertThat(matches(rule, "{\"a\": 2, \"b\": 5, \"c\": 0, \"d\": null}")).isTrue();
  }

  @Test
  void andStopsAtTheFirstFalseRule() {
    // given: the second rule's path is missing, which would be an error if it were evaluated
    String rule =
        """
        {"And": [
          {"Variable": "$.x", "IsPresent": true},
          {"Variable": "$.x", "NumericEquals": 1}
        ]}
        """;

    // when / then
    assertThat(matches(rule, "{}")).isFalse();
    assertThat(matches(rule, "{\"x\": 1}")).isTrue();
  }

  @Test
  void orStopsAtTheFirstTrueRule() {
    // given
    String rule =
        """
        {"Or": [
          {"Variable": "$.x", "IsPresent": false},
          {"Variable": "$.x", "NumericEquals": 1}
        ]}
        """;

    // when / then
    assertThat(matches(rule, "{}")).isTrue();
  }
}
