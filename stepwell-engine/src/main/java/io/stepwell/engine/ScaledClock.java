package io.stepwell.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that runs {@code scale} times faster than the real one from the moment it is made: with a
 * scale of 3600, an hour's Wait state takes a second. Semantics do not change, only how long they
 * take ({@code --time-scale}).
 */
public final class ScaledClock implements InstantSource {
  private final InstantSource real;
  private final Instant origin;
  private final double scale;

  public ScaledClock(InstantSource real, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("the time scale must be a positive number: " + scale);
    }
    this.real = real;
    this.origin = real.instant();
    this.scale = scale;
  }

  @Override
  public Instant instant() {
    Duration elapsed = Duration.between(origin, real.instant());
    return origin.plusNanos((long) (elapsed.toNanos() * scale));
  }
}
