package io.stepwell.serverless.schedule;

import java.time.Instant;
import java.util.Optional;

/** An EventBridge schedule expression: {@code rate(value unit)} or {@code cron(fields)}, in UTC. */
public sealed interface ScheduleExpression permits RateExpression, CronExpression {
  /**
   * Parses an expression as EventBridge's {@code PutRule} accepts it.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static ScheduleExpression parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.startsWith("rate(") && t.endsWith(")")) {
      return RateExpression.parse(t);
    }
    if (t.startsWith("cron(") && t.endsWith(")")) {
      return CronExpression.parse(t);
    }
    throw new IllegalArgumentException(
        "a schedule expression is rate(value unit) or cron(minutes hours day-of-month month"
            + " day-of-week year), not '"
            + text
            + "'");
  }

  /** The expression as written. */
  String text();

  /**
   * The first time the schedule fires strictly after {@code after}, or empty when it never fires
   * again (a cron expression whose years are over).
   *
   * @param start when the rule was created: a rate counts its periods from there
   */
  Optional<Instant> next(Instant after, Instant start);
}
