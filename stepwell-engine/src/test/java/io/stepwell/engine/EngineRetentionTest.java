package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closed executions are kept for the retention (AWS: "90 days after an execution is closed", Step
 * Functions quotas, "Execution history retention time"), then deleted with their history.
 */
class EngineRetentionTest {
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String WAIT =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":999999999,\"End\":true}}}";

  private final EngineTest.TestClock clock =
      new EngineTest.TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryStore store = new InMemoryStore();
  private Engine engine = Engine.builder(store).clock(clock).runTimers(false).build();

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void closedExecutionsAreKeptNinetyDaysByDefault() {
    // given
    String sm = engine.createStateMachine("p", PASS, "STANDARD", null).arn();
    ExecutionRecord done = engine.startExecution(sm, "done", "{}");

    // when
    clock.advance(Duration.ofDays(90).minusSeconds(1));
    int early = engine.deleteExpiredExecutions();
    clock.advance(Duration.ofSeconds(2));
    int due = engine.deleteExpiredExecutions();

    // then
    assertThat(early).isZero();
    assertThat(due).isEqualTo(1);
    assertThatThrownBy(() -> engine.describeExecution(done.arn()))
        .satisfies(
            e -> assertThat(((EngineException) e).code()).isEqualTo("ExecutionDoesNotExist"));
    assertThat(store.history(done.arn(), 0, 10, false)).isEmpty();
  }

  @Test
  void theRetentionIsConfigurableAndRunningExecutionsStay() {
    // given
    engine.close();
    engine =
        Engine.builder(store).clock(clock).runTimers(false).retention(Duration.ofHours(1)).build();
    String pass = engine.createStateMachine("p", PASS, "STANDARD", null).arn();
    String wait = engine.createStateMachine("w", WAIT, "STANDARD", null).arn();
    ExecutionRecord done = engine.startExecution(pass, "done", "{}");
    ExecutionRecord waiting = engine.startExecution(wait, "waiting", "{}");

    // when
    clock.advance(Duration.ofHours(2));
    int deleted = engine.deleteExpiredExecutions();

    // then
    assertThat(deleted).isEqualTo(1);
    assertThat(store.execution(done.arn())).isEmpty();
    assertThat(engine.describeExecution(waiting.arn()).status()).isEqualTo("RUNNING");
    assertThatThrownBy(() -> Engine.builder(store).retention(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
