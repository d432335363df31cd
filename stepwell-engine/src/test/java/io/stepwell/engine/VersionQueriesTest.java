package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.StateMachineRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ListExecutions and DescribeStateMachine with a version or alias ARN, as AWS allows: "You can also
 * return a list of executions associated with a specific alias or version" (ListExecutions); "This
 * API action returns the details for a state machine version if the stateMachineArn you specify is
 * a state machine version ARN" (DescribeStateMachine).
 */
class VersionQueriesTest {
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:orders";

  private final EngineTest.TestClock clock =
      new EngineTest.TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Engine engine =
      Engine.builder(new InMemoryStore()).clock(clock).runTimers(false).build();

  @AfterEach
  void close() {
    engine.close();
  }

  private static String returning(String result) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\""
        + result
        + "\",\"End\":true}}}";
  }

  private ExecutionRecord start(String arn, String name) {
    clock.advance(Duration.ofSeconds(1));
    return engine.startExecution(arn, name, "{}");
  }

  private static String code(Throwable e) {
    return ((EngineException) e).code();
  }

  @Test
  void executionsAreListedByTheVersionOrAliasTheyCameThrough() {
    // given
    engine.createStateMachine("orders", returning("one"), "STANDARD", null);
    String v1 = engine.publishStateMachineVersion(SM, null).arn();
    String alias =
        engine.createStateMachineAlias("prod", null, List.of(new AliasRoute(v1, 100))).arn();
    start(SM, "plain");
    start(v1, "direct");
    start(alias, "routed");

    // when
    List<ExecutionRecord> all = engine.listExecutions(SM, null, 10, null);
    List<ExecutionRecord> ofVersion = engine.listExecutions(v1, null, 10, null);
    List<ExecutionRecord> ofAlias = engine.listExecutions(alias, null, 10, null);

    // then
    assertThat(all).extracting(ExecutionRecord::name).containsExactly("routed", "direct", "plain");
    assertThat(ofVersion).extracting(ExecutionRecord::name).containsExactly("routed", "direct");
    assertThat(ofAlias).extracting(ExecutionRecord::name).containsExactly("routed");
    assertThatThrownBy(() -> engine.listExecutions(SM + ":7", null, 10, null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ResourceNotFound"));
    assertThatThrownBy(() -> engine.listExecutions(SM + ":beta", null, 10, null))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ResourceNotFound"));
  }

  @Test
  void aVersionArnDescribesTheRevisionItNames() {
    // given
    engine.createStateMachine("orders", returning("one"), "STANDARD", "role");
    String v1 = engine.publishStateMachineVersion(SM, "first").arn();
    clock.advance(Duration.ofHours(1));
    engine.updateStateMachine(SM, returning("two"));

    // when
    StateMachineRecord version = engine.describeStateMachine(v1);
    StateMachineRecord latest = engine.describeStateMachine(SM);

    // then
    assertThat(version.arn()).isEqualTo(v1);
    assertThat(version.definition()).isEqualTo(returning("one"));
    assertThat(version.revision()).isEqualTo(1);
    assertThat(version.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(latest.definition()).isEqualTo(returning("two"));
    assertThatThrownBy(() -> engine.describeStateMachine(SM + ":2"))
        .satisfies(e -> assertThat(code(e)).isEqualTo("ResourceNotFound"));
    assertThatThrownBy(() -> engine.describeStateMachine(SM + ":prod"))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidArn"));
  }
}
