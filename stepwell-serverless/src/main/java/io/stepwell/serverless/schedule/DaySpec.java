package io.stepwell.serverless.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The day-of-month or day-of-week field: which days of a month match. Day of week numbers run from
 * 1 (Sunday) to 7 (Saturday), as in EventBridge.
 */
sealed interface DaySpec {
  boolean matches(LocalDate date);

  /** {@code ?}: any day (the other day field decides). */
  record Any() implements DaySpec {
    @Override
    public boolean matches(LocalDate date) {
      return true;
    }
  }

  /** Days of the month: numbers, {@code L} (the last), {@code LW}, {@code nW} (nearest weekday). */
  record MonthDays(CronField days, List<String> specials) implements DaySpec {
    @Override
    public boolean matches(LocalDate date) {
      if (days != null && days.has(date.getDayOfMonth())) {
        return true;
      }
      for (String s : specials) {
        if (date.equals(special(s, date))) {
          return true;
        }
      }
      return false;
    }

    private static LocalDate special(String s, LocalDate date) {
      LocalDate last = date.with(TemporalAdjusters.lastDayOfMonth());
      if (s.equals("L")) {
        return last;
      }
      if (s.equals("LW")) {
        return nearestWeekday(last);
      }
      int day = Integer.parseInt(s.substring(0, s.length() - 1));
      return day > last.getDayOfMonth() ? null : nearestWeekday(date.withDayOfMonth(day));
    }

    /** The weekday nearest {@code date} within its month. */
    private static LocalDate nearestWeekday(LocalDate date) {
      return switch (date.getDayOfWeek()) {
        case SATURDAY -> date.getDayOfMonth() == 1 ? date.plusDays(2) : date.minusDays(1);
        case SUNDAY ->
            date.getDayOfMonth() == date.lengthOfMonth() ? date.minusDays(2) : date.plusDays(1);
        default -> date;
      };
    }
  }

  /** Days of the week: numbers or names, {@code L} (Saturday), {@code nL}, {@code n#k}. */
  record WeekDays(CronField days, List<String> specials) implements DaySpec {
    @Override
    public boolean matches(LocalDate date) {
      int number = date.getDayOfWeek().getValue() % 7 + 1;
      if (days != null && days.has(number)) {
        return true;
      }
      for (String s : specials) {
        int hash = s.indexOf('#');
        if (hash > 0) {
          int day = Integer.parseInt(s.substring(0, hash));
          int nth = Integer.parseInt(s.substring(hash + 1));
          if (number == day && (date.getDayOfMonth() - 1) / 7 + 1 == nth) {
            return true;
          }
        } else {
          int day = Integer.parseInt(s.substring(0, s.length() - 1));
          DayOfWeek wanted = DayOfWeek.of((day + 5) % 7 + 1);
          if (date.equals(date.with(TemporalAdjusters.lastInMonth(wanted)))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  static DaySpec dayOfMonth(String text) {
    if (text.equals("?")) {
      return new Any();
    }
    List<String> plain = new ArrayList<>();
    List<String> specials = new ArrayList<>();
    for (String item : text.toUpperCase(Locale.ROOT).split(",", -1)) {
      if (item.equals("L") || item.equals("LW")) {
        specials.add(item);
      } else if (item.endsWith("W")) {
        CronField.number("day-of-month", item.substring(0, item.length() - 1), 1, 31, null);
        specials.add(item);
      } else {
        plain.add(item);
      }
    }
    CronField days =
        plain.isEmpty()
            ? null
            : CronField.parse("day-of-month", String.join(",", plain), 1, 31, null);
    return new MonthDays(days, specials);
  }

  static DaySpec dayOfWeek(String text) {
    if (text.equals("?")) {
      return new Any();
    }
    List<String> plain = new ArrayList<>();
    List<String> specials = new ArrayList<>();
    String[] items = text.toUpperCase(Locale.ROOT).split(",", -1);
    for (String item : items) {
      if (item.equals("L")) {
        plain.add("7");
      } else if (item.contains("#")) {
        if (items.length > 1) {
          throw CronField.bad("day-of-week", text, "with '#' the field takes one expression only");
        }
        int hash = item.indexOf('#');
        int day = CronField.number("day-of-week", item.substring(0, hash), 1, 7, CronField.DAYS);
        int nth = CronField.number("day-of-week", item.substring(hash + 1), 1, 5, null);
        specials.add(day + "#" + nth);
      } else if (item.endsWith("L")) {
        int day =
            CronField.number(
                "day-of-week", item.substring(0, item.length() - 1), 1, 7, CronField.DAYS);
        specials.add(day + "L");
      } else {
        plain.add(item);
      }
    }
    CronField days =
        plain.isEmpty()
            ? null
            : CronField.parse("day-of-week", String.join(",", plain), 1, 7, CronField.DAYS);
    return new WeekDays(days, specials);
  }
}
