package io.stepwell.serverless.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rate(value unit)}: every {@code value} minutes, hours or days, counted from when the rule
 * was created. As EventBridge requires, a value of 1 takes the singular unit and a larger value the
 * plural ({@code rate(1 hour)}, {@code rate(5 hours)}).
 *
 * @param text the expression as written
 * @param value a positive number
 * @param period the time between two fires
 */
public record RateExpression(String text, long value, Duration period)
    implements ScheduleExpression {
  private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+([a-z]+)\\s*\\)");

  static RateExpression parse(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a rate expression is rate(value unit), e.g. rate(5 minutes), not '" + text + "'");
    }
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the rate value of '" + text + "' is too large", e);
    }
    if (value < 1) {
      throw new IllegalArgumentException("the rate value must be positive in '" + text + "'");
    }
    String unit = m.group(2);
    Duration one =
        switch (unit) {
          case "minute", "minutes" -> Duration.ofMinutes(1);
          case "hour", "hours" -> Duration.ofHours(1);
          case "day", "days" -> Duration.ofDays(1);
          default ->
              throw new IllegalArgumentException(
                  "the rate unit is minute(s), hour(s) or day(s), not '" + unit + "'");
        };
    boolean plural = unit.endsWith("s");
    if ((value == 1 && plural) || (value > 1 && !plural)) {
      throw new IllegalArgumentException(
          "in '"
              + text
              + "' the unit must be "
              + (value == 1 ? "singular for a value of 1" : "plural for a value over 1"));
    }
    return new RateExpression(text, value, one.multipliedBy(value));
  }

  @Override
  public Optional<Instant> next(Instant after, Instant start) {
    if (after.isBefore(start)) {
      return Optional.of(start.plus(period));
    }
    long periods = Duration.between(start, after).toMillis() / period.toMillis() + 1;
    return Optional.of(start.plus(period.multipliedBy(periods)));
  }
}
