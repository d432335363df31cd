package io.stepwell.serverless;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.serverless.DeployReport.Action;
import io.stepwell.serverless.DeployReport.Kind;
import io.stepwell.serverless.schedule.ScheduleRunner;
import io.stepwell.serverless.schedule.Schedules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules run durably on the engine, driven by a test clock. */
class ScheduleRunnerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String TARGET = "arn:aws:states:us-east-1:123456789012:stateMachine:ticks";

  @TempDir Path dir;

  private final TestClock clock = new TestClock(T0);
  private final InMemoryStore store = new InMemoryStore();
  private final FunctionHost host = new FunctionHost(List.of());
  private Engine engine = newEngine();

  private Engine newEngine() {
    ScheduleRunner runner = new ScheduleRunner();
    Engine e =
        Engine.builder(store)
            .clock(clock)
            .runTimers(false)
            .tasks(ScheduleRunner.RESOURCE_PREFIX, runner)
            .build();
    runner.bind(e);
    return e;
  }

  @AfterEach
  void tearDown() {
    engine.close();
    host.close();
  }

  private static String project(String schedule) {
    return """
    service: clock
    stepFunctions:
      stateMachines:
        ticks:
          name: ticks
          events:
            - schedule: %s
          definition: {StartAt: Tick, States: {Tick: {Type: Pass, End: true}}}
    """
        .formatted(schedule);
  }

  private DeployReport deploy(String schedule, int rounds) {
    Project p = Projects.read(dir, project(schedule));
    return Deployer.deploy(p, engine, host, Projects.OPTIONS, rounds);
  }

  private List<ExecutionRecord> targets() {
    return engine.listExecutions(TARGET, null, 1000, null).reversed();
  }

  private String runnerArn() {
    return engine.listStateMachines().stream()
        .filter(s -> s.name().startsWith("stepwell-schedule-"))
        .findFirst()
        .orElseThrow()
        .arn();
  }

  private long waits() {
    return engine.listExecutions(runnerArn(), null, 1000, null).stream()
        .flatMap(e -> engine.history(e.arn(), 0, 10_000, false).stream())
        .filter(ev -> ev.type().equals("WaitStateEntered"))
        .count();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).as("condition reached in time").isTrue();
  }

  /** Moves the clock and fires what is due, once the runner has made {@code waits} waits. */
  private void tickTo(Instant at, long expectedWaits) throws InterruptedException {
    await(() -> waits() >= expectedWaits);
    clock.set(at);
    engine.fireDueTimers();
  }

  @Test
  void aRateScheduleStartsTheTargetEveryPeriodWithItsInput() throws Exception {
    // given
    deploy("{rate: rate(5 minutes), input: {name: schedule}}", Schedules.DEFAULT_ROUNDS);

    // when
    tickTo(T0.plusSeconds(299), 1);
    int early = targets().size();
    tickTo(T0.plusSeconds(300), 1);
    await(() -> targets().size() == 1);
    tickTo(T0.plusSeconds(600), 2);
    await(() -> targets().size() == 2);

    // then
    assertThat(early).isZero();
    assertThat(targets())
        .extracting(ExecutionRecord::startDate)
        .containsExactly(T0.plusSeconds(300), T0.plusSeconds(600));
    assertThat(Json.parse(targets().getFirst().input())).isEqualTo(Map.of("name", "schedule"));
  }

  @Test
  void withoutInputTheTargetGetsEventBridgesScheduledEvent() throws Exception {
    // given
    DeployReport report = deploy("cron(0 12 * * ? *)", Schedules.DEFAULT_ROUNDS);
    String rule = report.schedules().getFirst().ruleName();

    // when
    tickTo(Instant.parse("2026-01-01T12:00:00Z"), 1);
    await(() -> targets().size() == 1);

    // then
    Map<String, Object> event = Json.asObject(Json.parse(targets().getFirst().input()));
    assertThat(event)
        .containsEntry("detail-type", "Scheduled Event")
        .containsEntry("source", "aws.events")
        .containsEntry("account", "123456789012")
        .containsEntry("region", "us-east-1")
        .containsEntry("time", "2026-01-01T12:00:00Z")
        .containsEntry("resources", List.of("arn:aws:events:us-east-1:123456789012:rule/" + rule))
        .containsEntry("detail", Map.of());
  }

  @Test
  void theScheduleSurvivesARestartOfTheEngine() throws Exception {
    // given
    deploy("rate(5 minutes)", Schedules.DEFAULT_ROUNDS);
    await(() -> waits() >= 1);

    // when
    engine.close();
    engine = newEngine();
    clock.set(T0.plusSeconds(300));
    engine.fireDueTimers();

    // then
    await(() -> targets().size() == 1);
    assertThat(targets().getFirst().startDate()).isEqualTo(T0.plusSeconds(300));
  }

  @Test
  void aRunnerHandsOverToAFreshExecutionAfterItsRounds() throws Exception {
    // given
    deploy("rate(1 minute)", 2);

    // when
    for (int i = 1; i <= 3; i++) {
      tickTo(T0.plusSeconds(60L * i), i);
      int fired = i;
      await(() -> targets().size() == fired);
    }

    // then
    List<ExecutionRecord> runners = engine.listExecutions(runnerArn(), null, 100, null);
    assertThat(runners).hasSize(2);
    assertThat(runners)
        .extracting(ExecutionRecord::status)
        .containsExactlyInAnyOrder("SUCCEEDED", "RUNNING");
    assertThat(targets())
        .extracting(ExecutionRecord::startDate)
        .containsExactly(T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180));
  }

  @Test
  void deployingAgainKeepsTheRunnerAndDisablingStopsIt() throws Exception {
    // given
    deploy("rate(5 minutes)", Schedules.DEFAULT_ROUNDS);
    await(() -> waits() >= 1);
    String runner = runnerArn();

    // when
    DeployReport again = deploy("rate(5 minutes)", Schedules.DEFAULT_ROUNDS);
    DeployReport disabled =
        deploy("{rate: rate(5 minutes), enabled: false}", Schedules.DEFAULT_ROUNDS);
    clock.set(T0.plusSeconds(600));
    engine.fireDueTimers();
    Thread.sleep(100);

    // then
    assertThat(again.changes(Kind.SCHEDULE))
        .extracting(DeployReport.Change::action)
        .containsExactly(Action.UNCHANGED);
    assertThat(disabled.changes(Kind.SCHEDULE))
        .extracting(DeployReport.Change::action)
        .containsExactly(Action.STOPPED);
    assertThat(engine.listStateMachines()).noneMatch(s -> s.arn().equals(runner));
    assertThat(targets()).isEmpty();
  }

  @Test
  void aChangedScheduleReplacesTheRunner() throws Exception {
    // given
    deploy("rate(5 minutes)", Schedules.DEFAULT_ROUNDS);
    await(() -> waits() >= 1);

    // when
    DeployReport changed = deploy("rate(3 minutes)", Schedules.DEFAULT_ROUNDS);
    tickTo(T0.plusSeconds(180), 2);
    await(() -> targets().size() == 1);
    clock.set(T0.plusSeconds(300));
    engine.fireDueTimers();
    Thread.sleep(100);

    // then: the old runner would have fired at 00:05, the new one fires at 00:03 and 00:06
    assertThat(changed.changes(Kind.SCHEDULE))
        .extracting(DeployReport.Change::action)
        .containsExactly(Action.UPDATED);
    assertThat(targets())
        .extracting(ExecutionRecord::startDate)
        .containsExactly(T0.plusSeconds(180));
    assertThat(engine.listExecutions(runnerArn(), "RUNNING", 10, null)).hasSize(1);
  }
}
