package io.stepwell.asl.choice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Timestamps as Choice rules read them: the RFC 3339 profile of ISO 8601 that AWS documents, with
 * an uppercase {@code T} between date and time, seconds, optional fractional seconds (up to
 * nanoseconds, as AWS's Wait state accepts) and either an uppercase {@code Z} or a {@code +hh:mm}
 * offset. {@code 2016-03-14T01:59:00Z} and {@code 2016-03-14T01:59:00.5+01:00} are timestamps;
 * {@code 2016-03-14T01:59:00} (no offset) and {@code 2016-03-14 01:59:00Z} are not.
 */
final class Timestamps {
  // The shape is checked here because the JDK's ISO parser is case-insensitive and lets seconds
  // be left out; the JDK then checks the ranges (month 13, hour 25, February 30).
  private static final Pattern SHAPE =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
              + "(Z|[+-][0-9]{2}:[0-9]{2})");

  private Timestamps() {}

  /** The instant a timestamp string denotes, or empty when it is not a timestamp. */
  static Optional<Instant> parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
