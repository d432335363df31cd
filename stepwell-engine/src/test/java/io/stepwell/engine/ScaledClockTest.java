package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class ScaledClockTest {
  @Test
  void aSecondOfRealTimeIsAnHourAtScale3600() {
    // given
    EngineTest.TestClock real = new EngineTest.TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    InstantSource scaled = new ScaledClock(real, 3600);

    // when
    real.advance(Duration.ofSeconds(1));

    // then
    assertThat(scaled.instant()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
  }

  @Test
  void scaleMustBePositive() {
    assertThatThrownBy(() -> new ScaledClock(InstantSource.system(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaledClock(InstantSource.system(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
