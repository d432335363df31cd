package io.stepwell.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.path.DataScope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code StringMatches}, with the examples of the States Language spec and AWS docs. Patterns are
 * given here as the string value (after JSON decoding): {@code \*} is a literal asterisk and {@code
 * \\} a literal backslash.
 */
class StringMatchesTest {

  private static boolean matches(String pattern, Object value) {
    ChoiceRule rule = ChoiceRules.parse(Map.of("Variable", "$.v", "StringMatches", pattern));
    return rule.matches(DataScope.of(Map.of("v", value), Map.of()));
  }

  @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
  @CsvSource({
    "foo*.log, foo23.log, true",
    "*.log, zebra.log, true",
    "foo*.*, foobar.zebra, true",
    "foo*.log, foo.log, true",
    "foo*.log, bar23.log, false",
    "foo*.log, foo23.txt, false",
    "log-*.txt, log-2024.txt, true",
    "*, '', true",
    "*, anything, true",
    "a*b*c, abc, true",
    "a*b*c, aXbYc, true",
    "a*b*c, acb, false",
    "a*a, a, false",
    "a*a, aa, true",
    "exact, exact, true",
    "exact, Exact, false",
    "exact, exactly, false",
    "'', '', true",
    "'', x, false",
  })
  void asteriskMatchesAnyRun(String pattern, String value, boolean expected) {
    // when
    boolean result = matches(pattern, value);

    // then
    assertThat(result).isEqualTo(expected);
  }

  @Test
  void stringMatchesHonoursEscapedStar() {
    // given a pattern "a\*b": the asterisk is literal

    // when / then
    assertThat(matches("a\\*b", "a*b")).isTrue();
    assertThat(matches("a\\*b", "aXb")).isFalse();
    assertThat(matches("a\\*b", "ab")).isFalse();
  }

  @Test
  void stringMatchesHonoursEscapedBackslash() {
    // given a pattern "a\\*": a literal backslash, then a wildcard

    // when / then
    assertThat(matches("a\\\\*", "a\\")).isTrue();
    assertThat(matches("a\\\\*", "a\\tail")).isTrue();
    assertThat(matches("a\\\\*", "atail")).isFalse();
  }

  @Test
  void otherCharactersHaveNoSpecialMeaning() {
    // when / then: no regex or glob syntax besides '*'
    assertThat(matches("a.c", "abc")).isFalse();
    assertThat(matches("a?c", "abc")).isFalse();
    assertThat(matches("a?c", "a?c")).isTrue();
    assertThat(matches("[ab]", "a")).isFalse();
    assertThat(matches("[ab]", "[ab]")).isTrue();
  }

  @Test
  void nonStringValueDoesNotMatch() {
    // when / then
    assertThat(matches("*", 1)).isFalse();
    assertThat(matches("*", true)).isFalse();
  }
}
