package io.stepwell.asl.model;

/**
 * One rule of a state's {@code Retry} list.
 *
 * @param maxDelaySeconds the cap on one interval, or {@code null}
 * @param fullJitter {@code JitterStrategy: FULL}: each interval is drawn from [0, interval)
 */
public record Retrier(
    ErrorMatcher errors,
    long intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Long maxDelaySeconds,
    boolean fullJitter) {

  /** The interval before retry number {@code attempt} (0-based), in milliseconds, before jitter. */
  public long delayMillis(int attempt) {
    double seconds = intervalSeconds * Math.pow(backoffRate, attempt);
    if (maxDelaySeconds != null) {
      seconds = Math.min(seconds, maxDelaySeconds);
    }
    return (long) Math.min(seconds * 1000.0, Long.MAX_VALUE / 4.0);
  }
}
