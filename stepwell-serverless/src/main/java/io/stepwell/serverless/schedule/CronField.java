package io.stepwell.serverless.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One numeric cron field's values ({@code ,} lists, {@code -} ranges, wrapping ranges such as
 * {@code FRI-MON}, {@code /} steps, {@code *}, names), as a set.
 */
final class CronField {
  static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private final BitSet values;

  private CronField(BitSet values) {
    this.values = values;
  }

  boolean has(int value) {
    return values.get(value);
  }

  /** The smallest value at least {@code from}, or -1. */
  int nextFrom(int from) {
    return values.nextSetBit(from);
  }

  /**
   * Parses {@code text} for a field of values {@code min..max}; {@code names} (or {@code null}) are
   * the names of {@code min}, {@code min + 1}, ...
   */
  static CronField parse(String field, String text, int min, int max, List<String> names) {
    BitSet set = new BitSet(max + 1);
    for (String item : text.split(",", -1)) {
      addItem(field, item, min, max, names, set);
    }
    return new CronField(set);
  }

  private static void addItem(
      String field, String item, int min, int max, List<String> names, BitSet set) {
    if (item.isEmpty()) {
      throw bad(field, item, "an empty list item");
    }
    int step = 1;
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      step = number(field, item.substring(slash + 1), 1, max - min + 1, null);
      range = item.substring(0, slash);
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = min;
      to = max;
    } else if (range.contains("-")) {
      int dash = range.indexOf('-');
      from = number(field, range.substring(0, dash), min, max, names);
      to = number(field, range.substring(dash + 1), min, max, names);
    } else {
      from = number(field, range, min, max, names);
      to = slash >= 0 ? max : from;
    }
    int span = max - min + 1;
    int count = (to >= from ? to - from : to + span - from) + 1;
    for (int i = 0; i < count; i += step) {
      set.set(min + Math.floorMod(from - min + i, span));
    }
  }

  static int number(String field, String text, int min, int max, List<String> names) {
    String t = text.toUpperCase(Locale.ROOT);
    if (names != null && names.contains(t)) {
      return min + names.indexOf(t);
    }
    int value;
    try {
      value = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw bad(field, text, "not a number" + (names == null ? "" : " or a name"));
    }
    if (value < min || value > max) {
      throw bad(field, text, "out of range " + min + "-" + max);
    }
    return value;
  }

  static IllegalArgumentException bad(String field, String text, String why) {
    return new IllegalArgumentException(
        "the " + field + " field '" + text + "' is not valid: " + why);
  }
}
