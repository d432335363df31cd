package io.stepwell.asl.choice;

import static io.stepwell.asl.choice.Rules.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type tests, {@code IsNull} to {@code IsTimestamp}, with {@code true} and {@code false}. */
class TypeTestsTest {

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          IsNull      | null                         | true
          IsNull      | 0                            | false
          IsNull      | ""                           | false
          IsNull      | {}                           | false
          IsNumeric   | 0                            | true
          IsNumeric   | 1.1                          | true
          IsNumeric   | "1"                          | false
          IsNumeric   | true                         | false
          IsNumeric   | null                         | false
          IsString    | ""                           | true
          IsString    | "2012-10-09T19:00:55Z"       | true
          IsString    | 0                            | false
          IsString    | [""]                         | false
          IsBoolean   | true                         | true
          IsBoolean   | false                        | true
          IsBoolean   | "true"                       | false
          IsBoolean   | 0                            | false
          IsTimestamp | "2012-10-09T19:00:55Z"       | true
          IsTimestamp | "2012-10-09T19:00:55+01:00"  | true
          IsTimestamp | "2016-03-05T21:29:29.243167252Z" | true
          IsTimestamp | "2012-10-09T19:00:55"        | false
          IsTimestamp | "2023-02-24"                 | false
          IsTimestamp | "2023-02-24 12:15:56.832957" | false
          IsTimestamp | "HelloWorld"                 | false
          IsTimestamp | 0                            | false
          IsPresent   | null                         | true
          IsPresent   | false                        | true
          IsPresent   | []                           | true
          """)
  void typeTestReportsTheValuesType(String test, String value, boolean isOfType) {
    // given
    String input = "{\"v\": " + value + "}";

    // when
    boolean whenTrue = matches("{\"Variable\": \"$.v\", \"" + test + "\": true}", input);
    boolean whenFalse = matches("{\"Variable\": \"$.v\", \"" + test + "\": false}", input);

    // then
    assertThat(whenTrue).isEqualTo(isOfType);
    assertThat(whenFalse).isEqualTo(!isOfType);
  }
}
