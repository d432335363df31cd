package io.stepwell.serverless.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rate and cron expressions; the cron cases are the examples of EventBridge's "Cron expressions
 * reference" (2026-01-01 is a Thursday).
 */
class ScheduleExpressionTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static Optional<Instant> next(String expression, String after) {
    return ScheduleExpression.parse(expression).next(Instant.parse(after), START);
  }

  @ParameterizedTest(name = "{0} after {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 10:00 am every day
        "cron(0 10 * * ? *)        | 2026-01-01T09:59:59Z | 2026-01-01T10:00:00Z",
        "cron(0 10 * * ? *)        | 2026-01-01T10:00:00Z | 2026-01-02T10:00:00Z",
        // 12:15 pm every day
        "cron(15 12 * * ? *)       | 2026-01-01T12:16:00Z | 2026-01-02T12:15:00Z",
        // 6:00 pm Monday to Friday: from Friday evening to Monday
        "cron(0 18 ? * MON-FRI *)  | 2026-01-02T18:00:00Z | 2026-01-05T18:00:00Z",
        // 8:00 am on the first day of every month
        "cron(0 8 1 * ? *)         | 2026-01-01T08:00:00Z | 2026-02-01T08:00:00Z",
        // every 15 minutes
        "cron(0/15 * * * ? *)      | 2026-01-01T10:07:00Z | 2026-01-01T10:15:00Z",
        // every 10 minutes Monday to Friday
        "cron(0/10 * ? * MON-FRI *) | 2026-01-02T23:55:00Z | 2026-01-05T00:00:00Z",
        // every 5 minutes Monday to Friday, 8:00 am to 5:55 pm
        "cron(0/5 8-17 ? * MON-FRI *) | 2026-01-05T17:55:00Z | 2026-01-06T08:00:00Z",
        "cron(0/5 8-17 ? * MON-FRI *) | 2026-01-05T17:50:30Z | 2026-01-05T17:55:00Z",
        // 9:00 am on the first Monday of each month
        "cron(0 9 ? * 2#1 *)       | 2026-01-01T00:00:00Z | 2026-01-05T09:00:00Z",
        "cron(0 9 ? * 2#1 *)       | 2026-01-05T09:00:00Z | 2026-02-02T09:00:00Z",
        // noon every day (the brief's example)
        "cron(0 12 * * ? *)        | 2026-01-01T12:00:00Z | 2026-01-02T12:00:00Z",
        // the last day of the month, leap years included
        "cron(0 0 L * ? *)         | 2026-02-01T00:00:00Z | 2026-02-28T00:00:00Z",
        "cron(0 0 L * ? *)         | 2028-02-01T00:00:00Z | 2028-02-29T00:00:00Z",
        // the last weekday of the month: January 31, 2026 is a Saturday
        "cron(0 0 LW * ? *)        | 2026-01-02T00:00:00Z | 2026-01-30T00:00:00Z",
        // the weekday nearest the 3rd: January 3, 2026 is a Saturday, so Friday the 2nd
        "cron(0 0 3W * ? *)        | 2026-01-01T00:00:00Z | 2026-01-02T00:00:00Z",
        // nearest weekday to the 1st never leaves the month: August 1, 2026 is a Saturday
        "cron(0 0 1W * ? *)        | 2026-07-15T00:00:00Z | 2026-08-03T00:00:00Z",
        // L in the day of week is Saturday; 6L is the month's last Friday
        "cron(0 0 ? * L *)         | 2026-01-01T00:00:00Z | 2026-01-03T00:00:00Z",
        "cron(0 0 ? * 6L *)        | 2026-01-01T00:00:00Z | 2026-01-30T00:00:00Z",
        // names, lists and years
        "cron(0 0 1 JAN,JUL ? *)   | 2026-01-01T00:00:00Z | 2026-07-01T00:00:00Z",
        "cron(30 6 ? * SUN *)      | 2026-01-01T00:00:00Z | 2026-01-04T06:30:00Z",
        "cron(0 0 1 1 ? 2027)      | 2026-06-01T00:00:00Z | 2027-01-01T00:00:00Z",
        "cron(5-7 * * * ? *)       | 2026-01-01T00:07:00Z | 2026-01-01T01:05:00Z",
        "cron(* * * * ? *)         | 2026-01-01T00:00:00Z | 2026-01-01T00:01:00Z",
      })
  void cronNextTimes(String expression, String after, String expected) {
    assertThat(next(expression.trim(), after.trim())).contains(Instant.parse(expected.trim()));
  }

  @Test
  void cronWhoseYearsAreOverNeverFiresAgain() {
    assertThat(next("cron(0 0 1 1 ? 2027)", "2027-01-01T00:00:00Z")).isEmpty();
  }

  @Test
  void rateCountsPeriodsFromTheRulesCreation() {
    assertThat(next("rate(5 minutes)", "2026-01-01T00:00:00Z"))
        .contains(Instant.parse("2026-01-01T00:05:00Z"));
    assertThat(next("rate(5 minutes)", "2026-01-01T00:07:00Z"))
        .contains(Instant.parse("2026-01-01T00:10:00Z"));
    assertThat(next("rate(5 minutes)", "2026-01-01T00:10:00Z"))
        .contains(Instant.parse("2026-01-01T00:15:00Z"));
    assertThat(next("rate(1 day)", "2026-01-01T12:00:00Z"))
        .contains(Instant.parse("2026-01-02T00:00:00Z"));
  }

  @Test
  void rateUnitsAreSingularForOneAndPluralOtherwise() {
    // the EventBridge documentation's own examples
    assertThat(((RateExpression) ScheduleExpression.parse("rate(1 hour)")).period())
        .isEqualTo(Duration.ofHours(1));
    assertThat(((RateExpression) ScheduleExpression.parse("rate(5 hours)")).period())
        .isEqualTo(Duration.ofHours(5));
    assertThatThrownBy(() -> ScheduleExpression.parse("rate(1 hours)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("singular");
    assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 hour)"))
        .hasMessageContaining("plural");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rate(0 minutes)",
        "rate(5 weeks)",
        "rate(five minutes)",
        "cron(0 10 * * * *)",
        "cron(0 10 ? * ? *)",
        "cron(0 10 * *)",
        "cron(60 10 * * ? *)",
        "cron(0 24 * * ? *)",
        "cron(0 0 32 * ? *)",
        "cron(0 0 ? * 8 *)",
        "cron(0 0 ? * 3#1,6#3 *)",
        "cron(0 0 1 1 ? 1969)",
        "cron(0 0 1 FOO ? *)",
        "every day",
      })
  void invalidExpressionsAreRefused(String expression) {
    assertThatThrownBy(() -> ScheduleExpression.parse(expression))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
