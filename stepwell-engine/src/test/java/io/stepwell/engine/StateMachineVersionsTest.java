package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StateMachineVersionsTest {
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:orders";

  private final EngineTest.TestClock clock =
      new EngineTest.TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Engine engine =
      Engine.builder(new InMemoryStore())
          .clock(clock)
          .runTimers(false)
          .random(new Random(42))
          .build();

  @AfterEach
  void close() {
    engine.close();
  }

  private static String returning(String result) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\""
        + result
        + "\",\"End\":true}}}";
  }

  private void twoVersions() {
    engine.createStateMachine("orders", returning("one"), "STANDARD", "role");
    engine.publishStateMachineVersion(SM, "first");
    engine.updateStateMachine(SM, returning("two"));
    engine.publishStateMachineVersion(SM, "second");
  }

  private static EngineException failure(Runnable call) {
    try {
      call.run();
    } catch (EngineException e) {
      return e;
    }
    throw new AssertionError("no EngineException");
  }

  @Test
  void versionsAreNumberedFromOneAndPointAtTheirRevision() {
    // given
    engine.createStateMachine("orders", returning("one"), "STANDARD", "role");

    // when
    StateMachineVersionRecord v1 = engine.publishStateMachineVersion(SM, "first");
    engine.updateStateMachine(SM, returning("two"));
    StateMachineVersionRecord v2 = engine.publishStateMachineVersion(SM, null);

    // then
    assertThat(v1.arn()).isEqualTo(SM + ":1");
    assertThat(v1.revision()).isEqualTo(1);
    assertThat(v1.description()).isEqualTo("first");
    assertThat(v2.arn()).isEqualTo(SM + ":2");
    assertThat(v2.revision()).isEqualTo(2);
    assertThat(engine.listStateMachineVersions(SM)).containsExactly(v2, v1);
  }

  @Test
  void publishingWithNoChangeReturnsTheLatestVersion() {
    // given
    engine.createStateMachine("orders", returning("one"), "STANDARD", "role");
    StateMachineVersionRecord v1 = engine.publishStateMachineVersion(SM, "first");

    // when
    StateMachineVersionRecord again = engine.publishStateMachineVersion(SM, "first");

    // then
    assertThat(again).isEqualTo(v1);
    assertThat(engine.listStateMachineVersions(SM)).hasSize(1);
  }

  @Test
  void aDeletedVersionsNumberIsNotReused() {
    // given
    twoVersions();
    engine.deleteStateMachineVersion(SM + ":2");
    engine.updateStateMachine(SM, returning("three"));

    // when
    StateMachineVersionRecord next = engine.publishStateMachineVersion(SM, null);

    // then
    assertThat(next.arn()).isEqualTo(SM + ":3");
    assertThat(engine.listStateMachineVersions(SM))
        .extracting(StateMachineVersionRecord::version)
        .containsExactly(3, 1);
  }

  @Test
  void anExecutionOfAVersionRunsThatVersionsDefinition() throws Exception {
    // given
    twoVersions();

    // when
    ExecutionRecord e = engine.startExecution(SM + ":1", "e1", "{}");

    // then
    ExecutionRecord done = engine.awaitExecution(e.arn(), java.time.Duration.ofSeconds(5));
    assertThat(done.output()).isEqualTo("\"one\"");
    assertThat(done.stateMachineArn()).isEqualTo(SM);
    assertThat(done.stateMachineVersionArn()).isEqualTo(SM + ":1");
    assertThat(done.stateMachineAliasArn()).isNull();
  }

  @Test
  void anAliasRunsTheVersionItRoutesTo() throws Exception {
    // given
    twoVersions();
    StateMachineAliasRecord alias =
        engine.createStateMachineAlias(
            "prod", "live", List.of(new AliasRoute(SM + ":1", 0), new AliasRoute(SM + ":2", 100)));

    // when
    ExecutionRecord e = engine.startExecution(alias.arn(), "e1", "{}");

    // then
    ExecutionRecord done = engine.awaitExecution(e.arn(), java.time.Duration.ofSeconds(5));
    assertThat(alias.arn()).isEqualTo(SM + ":prod");
    assertThat(done.output()).isEqualTo("\"two\"");
    assertThat(done.stateMachineVersionArn()).isEqualTo(SM + ":2");
    assertThat(done.stateMachineAliasArn()).isEqualTo(SM + ":prod");
  }

  @Test
  void anAliasSplitsExecutionsByWeight() {
    // given
    twoVersions();
    engine.createStateMachineAlias(
        "canary", null, List.of(new AliasRoute(SM + ":1", 50), new AliasRoute(SM + ":2", 50)));

    // when
    List<String> ran =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> engine.startExecution(SM + ":canary", "e" + i, "{}"))
            .map(ExecutionRecord::stateMachineVersionArn)
            .toList();

    // then
    assertThat(ran).contains(SM + ":1", SM + ":2");
  }

  @Test
  void anAliasIsDescribedListedUpdatedAndDeleted() {
    // given
    twoVersions();
    engine.createStateMachineAlias("prod", "live", List.of(new AliasRoute(SM + ":1", 100)));
    clock.advance(java.time.Duration.ofSeconds(1));

    // when
    StateMachineAliasRecord updated =
        engine.updateStateMachineAlias(SM + ":prod", null, List.of(new AliasRoute(SM + ":2", 100)));

    // then
    assertThat(updated.description()).isEqualTo("live");
    assertThat(updated.updatedAt()).isAfter(updated.createdAt());
    assertThat(engine.describeStateMachineAlias(SM + ":prod")).isEqualTo(updated);
    assertThat(engine.listStateMachineAliases(SM)).containsExactly(updated);
    engine.deleteStateMachineAlias(SM + ":prod");
    assertThat(engine.listStateMachineAliases(SM)).isEmpty();
  }

  @Test
  void creatingTheSameAliasAgainReturnsIt() {
    // given
    twoVersions();
    List<AliasRoute> routing = List.of(new AliasRoute(SM + ":1", 100));
    StateMachineAliasRecord first = engine.createStateMachineAlias("prod", "live", routing);

    // when
    StateMachineAliasRecord again = engine.createStateMachineAlias("prod", "live", routing);

    // then
    assertThat(again).isEqualTo(first);
  }

  @Test
  void anAliasNameTakenWithOtherRoutingIsAConflict() {
    // given
    twoVersions();
    engine.createStateMachineAlias("prod", "live", List.of(new AliasRoute(SM + ":1", 100)));

    // when
    EngineException e =
        failure(() ->
            engine.createStateMachineAlias(
                "prod", "live", List.of(new AliasRoute(SM + ":2", 100))));

    // then
    assertThat(e.code()).isEqualTo("ConflictException");
  }

  @Test
  void aVersionAnAliasRoutesToCannotBeDeleted() {
    // given
    twoVersions();
    engine.createStateMachineAlias("prod", null, List.of(new AliasRoute(SM + ":1", 100)));

    // when
    EngineException e = failure(() -> engine.deleteStateMachineVersion(SM + ":1"));
    engine.deleteStateMachineVersion(SM + ":2");

    // then
    assertThat(e.code()).isEqualTo("ConflictException");
    assertThat(engine.listStateMachineVersions(SM))
        .extracting(StateMachineVersionRecord::arn)
        .containsExactly(SM + ":1");
  }

  @Test
  void anExpressVersionRunsSynchronously() throws Exception {
    // given
    String express = "arn:aws:states:us-east-1:123456789012:stateMachine:quick";
    engine.createStateMachine("quick", returning("fast"), "EXPRESS", "role");
    engine.publishStateMachineVersion(express, null);

    // when
    ExecutionRecord e =
        engine.startSyncExecution(express + ":1", "e1", "{}", java.time.Duration.ofSeconds(5));

    // then
    assertThat(e.output()).isEqualTo("\"fast\"");
    assertThat(e.stateMachineVersionArn()).isEqualTo(express + ":1");
  }

  @Test
  void anAliasRoutesOnlyToVersionsOfItsOwnStateMachine() {
    // given
    twoVersions();
    engine.createStateMachineAlias("prod", null, List.of(new AliasRoute(SM + ":1", 100)));
    String other = "arn:aws:states:us-east-1:123456789012:stateMachine:other";
    engine.createStateMachine("other", returning("x"), "STANDARD", "role");
    engine.publishStateMachineVersion(other, null);

    // when
    EngineException e =
        failure(() ->
            engine.updateStateMachineAlias(
                SM + ":prod", null, List.of(new AliasRoute(other + ":1", 100))));

    // then
    assertThat(e.code()).isEqualTo("ValidationException");
    assertThat(engine.describeStateMachineAlias(SM + ":prod").routing())
        .containsExactly(new AliasRoute(SM + ":1", 100));
  }

  @Test
  void anAliasUpdateNeedsADescriptionOrRouting() {
    // given
    twoVersions();
    engine.createStateMachineAlias("prod", null, List.of(new AliasRoute(SM + ":1", 100)));

    // when
    EngineException e = failure(() -> engine.updateStateMachineAlias(SM + ":prod", null, null));

    // then
    assertThat(e.code()).isEqualTo("ValidationException");
  }

  @Test
  void routingWeightsMustSumTo100() {
    // given
    twoVersions();

    // when
    EngineException e =
        failure(() ->
            engine.createStateMachineAlias(
                "prod",
                null,
                List.of(new AliasRoute(SM + ":1", 50), new AliasRoute(SM + ":2", 40))));

    // then
    assertThat(e.code()).isEqualTo("ValidationException");
  }

  @Test
  void routingHasOneOrTwoDistinctVersions() {
    // given
    twoVersions();
    List<AliasRoute> three =
        List.of(
            new AliasRoute(SM + ":1", 50),
            new AliasRoute(SM + ":2", 40),
            new AliasRoute(SM + ":1", 10));
    List<AliasRoute> twice = List.of(new AliasRoute(SM + ":1", 50), new AliasRoute(SM + ":1", 50));

    // then
    assertThat(failure(() -> engine.createStateMachineAlias("a", null, List.of())).code())
        .isEqualTo("ValidationException");
    assertThat(failure(() -> engine.createStateMachineAlias("a", null, three)).code())
        .isEqualTo("ValidationException");
    assertThat(failure(() -> engine.createStateMachineAlias("a", null, twice)).code())
        .isEqualTo("ValidationException");
  }

  @Test
  void anUnknownVersionOrAliasIsNotFound() {
    // given
    twoVersions();

    // then
    assertThat(
            failure(() ->
                    engine.createStateMachineAlias(
                        "prod", null, List.of(new AliasRoute(SM + ":9", 100))))
                .code())
        .isEqualTo("ResourceNotFound");
    assertThat(failure(() -> engine.describeStateMachineAlias(SM + ":nope")).code())
        .isEqualTo("ResourceNotFound");
    assertThat(failure(() -> engine.deleteStateMachineAlias(SM + ":nope")).code())
        .isEqualTo("ResourceNotFound");
    assertThat(failure(() -> engine.startExecution(SM + ":9", "e1", "{}")).code())
        .isEqualTo("StateMachineDoesNotExist");
  }

  @Test
  void malformedArnsAreInvalid() {
    // given
    twoVersions();

    // then
    assertThat(failure(() -> engine.publishStateMachineVersion(SM + ":1", null)).code())
        .isEqualTo("InvalidArn");
    assertThat(failure(() -> engine.describeStateMachineAlias("not-an-arn")).code())
        .isEqualTo("InvalidArn");
    assertThat(failure(() -> engine.deleteStateMachineVersion(SM + ":prod")).code())
        .isEqualTo("InvalidArn");
    assertThatThrownBy(() ->
            engine.createStateMachineAlias(
                "prod", null, List.of(new AliasRoute("arn:aws:lambda:x", 100))))
        .isInstanceOf(EngineException.class)
        .extracting(t -> ((EngineException) t).code())
        .isEqualTo("InvalidArn");
  }

  @Test
  void aNumericAliasNameIsInvalid() {
    // given
    twoVersions();

    // when
    EngineException e =
        failure(() ->
            engine.createStateMachineAlias("7", null, List.of(new AliasRoute(SM + ":1", 100))));

    // then
    assertThat(e.code()).isEqualTo("InvalidName");
  }
}
