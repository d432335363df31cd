package io.stepwell.serverless.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code cron(minutes hours day-of-month month day-of-week year)}, in UTC, as EventBridge reads it:
 * {@code , - * /} in every field, names for months ({@code JAN}) and days ({@code SUN}, day 1),
 * {@code ?} in exactly one of the two day fields, {@code L} and {@code W} in the day of the month
 * ({@code L}, {@code LW}, {@code 15W}), {@code L} and {@code #} in the day of the week ({@code L}
 * is Saturday, {@code 6L} the month's last Friday, {@code 2#1} its first Monday).
 */
public final class CronExpression implements ScheduleExpression {
  private static final int LAST_YEAR = 2199;

  private final String text;
  private final CronField minutes;
  private final CronField hours;
  private final DaySpec dayOfMonth;
  private final CronField months;
  private final DaySpec dayOfWeek;
  private final CronField years;

  private CronExpression(String text, String[] f) {
    this.text = text;
    this.minutes = CronField.parse("minutes", f[0], 0, 59, null);
    this.hours = CronField.parse("hours", f[1], 0, 23, null);
    this.dayOfMonth = DaySpec.dayOfMonth(f[2]);
    this.months = CronField.parse("month", f[3], 1, 12, CronField.MONTHS);
    this.dayOfWeek = DaySpec.dayOfWeek(f[4]);
    this.years = CronField.parse("year", f[5], 1970, LAST_YEAR, null);
  }

  static CronExpression parse(String text) {
    String inner = text.substring("cron(".length(), text.length() - 1).trim();
    String[] fields = inner.split("\\s+");
    if (fields.length != 6) {
      throw new IllegalArgumentException(
          "a cron expression has six fields (minutes hours day-of-month month day-of-week year),"
              + " '"
              + text
              + "' has "
              + fields.length);
    }
    boolean domAny = fields[2].equals("?");
    boolean dowAny = fields[4].equals("?");
    if (domAny == dowAny) {
      throw new IllegalArgumentException(
          "in '"
              + text
              + "' exactly one of day-of-month and day-of-week must be '?' (you cannot specify"
              + " both)");
    }
    return new CronExpression(text, fields);
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Optional<Instant> next(Instant after, Instant start) {
    return next(after);
  }

  /** The first time strictly after {@code after} that matches, or empty after the year 2199. */
  public Optional<Instant> next(Instant after) {
    LocalDateTime t =
        LocalDateTime.ofInstant(after, ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusMinutes(1);
    while (t.getYear() <= LAST_YEAR) {
      if (!years.has(t.getYear())) {
        int year = years.nextFrom(t.getYear() + 1);
        if (year < 0) {
          return Optional.empty();
        }
        t = LocalDateTime.of(year, 1, 1, 0, 0);
      } else if (!months.has(t.getMonthValue())) {
        t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
      } else if (!dayOfMonth.matches(t.toLocalDate()) || !dayOfWeek.matches(t.toLocalDate())) {
        t = t.toLocalDate().plusDays(1).atStartOfDay();
      } else if (!hours.has(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.has(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return Optional.of(t.toInstant(ZoneOffset.UTC));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CronExpression c && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
