package io.stepwell.asl.choice;

import static io.stepwell.asl.choice.Rules.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every comparison operator, literal and {@code ...Path} form. A row is: operator, variable value,
 * operand value (both as JSON), expected result. Orderings follow the AWS docs: numbers by value,
 * strings by Java's {@code String.compareTo}, timestamps by the instant they denote.
 */
class ComparisonOperatorsTest {

  @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          StringEquals              | "abc"   | "abc"   | true
          StringEquals              | "abc"   | "abd"   | false
          StringEquals              | "Abc"   | "abc"   | false
          StringLessThan            | "A"     | "AB"    | true
          StringLessThan            | "AB"    | "A"     | false
          StringLessThan            | "Z"     | "a"     | true
          StringGreaterThan         | "b"     | "a"     | true
          StringGreaterThan         | "a"     | "a"     | false
          StringLessThanEquals      | "a"     | "a"     | true
          StringLessThanEquals      | "b"     | "a"     | false
          StringGreaterThanEquals   | "a"     | "a"     | true
          StringGreaterThanEquals   | "a"     | "b"     | false
          NumericEquals             | 1       | 1.0     | true
          NumericEquals             | 2.22    | 2.22    | true
          NumericEquals             | 1.1     | 1       | false
          NumericLessThan           | 1       | 1.5     | true
          NumericLessThan           | 2       | 1.5     | false
          NumericGreaterThan        | -0.5    | -1      | true
          NumericGreaterThan        | 3       | 3       | false
          NumericLessThanEquals     | 3       | 3.0     | true
          NumericLessThanEquals     | 3.01    | 3       | false
          NumericGreaterThanEquals  | 30      | 30      | true
          NumericGreaterThanEquals  | 29.999  | 30      | false
          NumericEquals             | 12345678901234567890 | 12345678901234567890 | true
          NumericLessThan           | 12345678901234567890 | 12345678901234567891 | true
          BooleanEquals             | true    | true    | true
          BooleanEquals             | false   | false   | true
          BooleanEquals             | false   | true    | false
          TimestampEquals           | "2016-08-18T17:33:00Z" | "2016-08-18T17:33:00Z" | true
          TimestampEquals           | "2016-08-18T18:33:00+01:00" | "2016-08-18T17:33:00Z" | true
          TimestampEquals           | "2016-08-18T17:33:00.000Z" | "2016-08-18T17:33:00Z" | true
          TimestampEquals           | "2016-08-18T17:33:00.001Z" | "2016-08-18T17:33:00Z" | false
          TimestampLessThan         | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z" | true
          TimestampLessThan         | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z" | false
          TimestampGreaterThan      | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z" | true
          TimestampGreaterThan      | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z" | false
          TimestampLessThanEquals   | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z" | true
          TimestampLessThanEquals   | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z" | false
          TimestampGreaterThanEquals | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z" | true
          TimestampGreaterThanEquals | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z" | false
          """)
  void comparesLikeAws(String operator, String variable, String operand, boolean expected) {
    // given
    String literalRule = "{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}";
    String pathRule = "{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.o\"}";
    String input = "{\"v\": " + variable + ", \"o\": " + operand + "}";

    // when
    boolean literalResult = matches(literalRule, input);
    boolean pathResult = matches(pathRule, input);

    // then
    assertThat(literalResult).as("literal").isEqualTo(expected);
    assertThat(pathResult).as("path").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} against {1} is false")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          StringEquals     | 1       | "1"
          StringEquals     | null    | "null"
          StringLessThan   | []      | "a"
          NumericEquals    | "1"     | 1
          NumericEquals    | true    | 1
          NumericLessThan  | null    | 5
          NumericEquals    | {"A":0} | 0
          BooleanEquals    | "true"  | true
          BooleanEquals    | 0       | false
          BooleanEquals    | null    | false
          TimestampEquals  | "2012-10-09T19:00:55"  | "2012-10-09T19:00:55Z"
          TimestampEquals  | "2023-02-24 12:15:56.832957" | "2012-10-09T19:00:55Z"
          TimestampEquals  | 0       | "2012-10-09T19:00:55Z"
          TimestampLessThan | ""     | "2012-10-09T19:00:55Z"
          """)
  void valueOfTheWrongTypeDoesNotMatch(String operator, String variable, String operand) {
    // given
    String rule = "{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}";

    // when
    boolean result = matches(rule, "{\"v\": " + variable + "}");

    // then
    assertThat(result).isFalse();
  }

  @ParameterizedTest(name = "{0} with path operand {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          StringEqualsPath     | "1"   | 1
          NumericEqualsPath    | 1     | "1"
          BooleanEqualsPath    | true  | "true"
          TimestampEqualsPath  | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55"
          TimestampLessThanPath | "2012-10-09T19:00:55Z" | 5
          """)
  void pathOperandOfTheWrongTypeDoesNotMatch(String operator, String variable, String operand) {
    // given
    String rule = "{\"Variable\": \"$.v\", \"" + operator + "\": \"$.o\"}";

    // when
    boolean result = matches(rule, "{\"v\": " + variable + ", \"o\": " + operand + "}");

    // then
    assertThat(result).isFalse();
  }
}
