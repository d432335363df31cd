package io.stepwell.asl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.validate.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Redrive as AWS describes it ("Redrive behavior of individual states", Step Functions developer
 * guide, redrive-executions.html): the failed step runs again with its input, successful steps and
 * branches are not rerun, retries and the execution timeout start again.
 */
class RedriveTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** One execution driven by hand: events in, what it asked for and recorded out. */
  private static final class Run {
    final Interpreter interpreter;
    ExecutionState state;
    final List<HistoryEvent> history = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();

    Run(String definition, Object input, int maxHistoryEvents) {
      interpreter =
          new Interpreter(
              DefinitionParser.parse(Validator.requireValid(definition, "STANDARD")),
              Entropy.seeded(7));
      ExecutionInfo info =
          new ExecutionInfo(
              "arn:aws:states:us-east-1:123456789012:execution:sm:e1",
              "e1",
              "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
              "sm",
              "arn:aws:iam::123456789012:role/r",
              input,
              T0,
              true,
              maxHistoryEvents);
      take(interpreter.start(info));
    }

    Run(String definition, Object input) {
      this(definition, input, 0);
    }

    void take(Step step) {
      state = step.state();
      history.addAll(step.events());
      commands.addAll(step.commands());
    }

    void handle(Event event) {
      take(interpreter.handle(state, event));
    }

    /** The tasks asked for since the last call, in order. */
    List<Command.InvokeTask> newTasks() {
      List<Command.InvokeTask> tasks = new ArrayList<>();
      for (Command c : commands) {
        if (c instanceof Command.InvokeTask t) {
          tasks.add(t);
        }
      }
      commands.clear();
      return tasks;
    }

    List<String> typesFrom(long afterId) {
      return history.stream().filter(e -> e.id() > afterId).map(HistoryEvent::type).toList();
    }

    long lastId() {
      return history.getLast().id();
    }
  }

  private static final String PASS_THEN_TASK =
      """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Result":"prepared","ResultPath":"$.p","Next":"Call"},
        "Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"attempt.$":"$$.Execution.RedriveCount"},"ResultPath":"$.r","End":true}}}
      """;

  @Test
  void aFailedTaskIsScheduledAgainAndThePassBeforeItIsNotRerun() {
    // given
    Run run = new Run(PASS_THEN_TASK, Map.of());
    Command.InvokeTask first = run.newTasks().getFirst();
    run.handle(new Event.TaskFailed(T0.plusSeconds(1), first.taskId(), "Boom", "down"));
    long failedAt = run.lastId();
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.FAILED);

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(60)));
    List<Command.InvokeTask> again = run.newTasks();
    run.handle(
        new Event.TaskSucceeded(T0.plusSeconds(61), again.getFirst().taskId(), Map.of("ok", 1)));

    // then
    assertThat(first.parameters()).isEqualTo(Map.of("attempt", 0));
    assertThat(again)
        .singleElement()
        .satisfies(t -> {
          assertThat(t.taskId()).isNotEqualTo(first.taskId());
          assertThat(t.parameters()).isEqualTo(Map.of("attempt", 1));
        });
    HistoryEvent redriven = run.history.get((int) failedAt);
    assertThat(redriven.type()).isEqualTo("ExecutionRedriven");
    assertThat(redriven.previousEventId()).isEqualTo(failedAt);
    assertThat(redriven.details()).isEqualTo(Map.of("redriveCount", 1));
    assertThat(run.typesFrom(failedAt))
        .containsExactly(
            "ExecutionRedriven",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(run.history.get((int) failedAt + 1).previousEventId()).isEqualTo(redriven.id());
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state.redriveCount()).isEqualTo(1);
    assertThat(run.state.output()).isEqualTo(Json.parse("{\"p\":\"prepared\",\"r\":{\"ok\":1}}"));
  }

  @Test
  void aFailStateFailsAgain() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"No","States":{"No":{"Type":"Fail","Error":"Nope","Cause":"never"}}}
            """,
            Map.of());
    long failedAt = run.lastId();

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(5)));

    // then
    assertThat(run.typesFrom(failedAt))
        .containsExactly("ExecutionRedriven", "FailStateEntered", "ExecutionFailed");
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.state.error()).isEqualTo("Nope");
    assertThat(run.state.redriveCount()).isEqualTo(1);
  }

  @Test
  void aRunningOrSucceededExecutionIgnoresARedrive() {
    // given
    Run running = new Run(PASS_THEN_TASK, Map.of());
    running.newTasks();
    Run succeeded =
        new Run("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", 1);
    long runningLast = running.lastId();
    long succeededLast = succeeded.lastId();

    // when
    running.handle(new Event.RedriveRequested(T0.plusSeconds(1)));
    succeeded.handle(new Event.RedriveRequested(T0.plusSeconds(1)));

    // then
    assertThat(running.lastId()).isEqualTo(runningLast);
    assertThat(running.newTasks()).isEmpty();
    assertThat(succeeded.lastId()).isEqualTo(succeededLast);
    assertThat(succeeded.state.redriveCount()).isZero();
  }

  @Test
  void aParallelRunsAgainOnlyTheBranchThatFailed() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"b":"a"},"End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"b":"b"},"End":true}}}]}}}
            """,
            Map.of());
    List<Command.InvokeTask> tasks = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(1), tasks.get(0).taskId(), "a-done"));
    run.handle(new Event.TaskFailed(T0.plusSeconds(2), tasks.get(1).taskId(), "Boom", null));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.FAILED);

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(10)));
    List<Command.InvokeTask> again = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(11), again.getFirst().taskId(), "b-done"));

    // then
    assertThat(again)
        .singleElement()
        .satisfies(t -> assertThat(t.parameters()).isEqualTo(Map.of("b", "b")));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state.output()).isEqualTo(List.of("a-done", "b-done"));
  }

  @Test
  void anAbortedExecutionResumesTheBranchesThatWereRunning() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"b":"a"},"End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"b":"b"},"End":true}}}]}}}
            """,
            Map.of());
    List<Command.InvokeTask> tasks = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(1), tasks.get(0).taskId(), "a-done"));
    run.handle(new Event.StopRequested(T0.plusSeconds(2), "Stop", "by hand"));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.ABORTED);
    run.newTasks();

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(10)));
    List<Command.InvokeTask> again = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(11), again.getFirst().taskId(), "b-done"));

    // then
    assertThat(again)
        .singleElement()
        .satisfies(t -> assertThat(t.parameters()).isEqualTo(Map.of("b", "b")));
    assertThat(run.state.output()).isEqualTo(List.of("a-done", "b-done"));
    assertThat(run.state.error()).isNull();
  }

  @Test
  void aMapRunsAgainTheFailedIterationThenTheOnesNeverStarted() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":1,"End":true,
              "ItemProcessor":{"StartAt":"Work","States":{"Work":{"Type":"Task",
                "Resource":"arn:aws:states:::lambda:invoke","End":true}}}}}}
            """,
            List.of(1, 2, 3));
    Command.InvokeTask one = run.newTasks().getFirst();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(1), one.taskId(), "r1"));
    Command.InvokeTask two = run.newTasks().getFirst();
    run.handle(new Event.TaskFailed(T0.plusSeconds(2), two.taskId(), "Boom", null));
    assertThat(run.newTasks()).isEmpty();
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.FAILED);

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(10)));
    List<Command.InvokeTask> secondAgain = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(11), secondAgain.getFirst().taskId(), "r2"));
    List<Command.InvokeTask> third = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(12), third.getFirst().taskId(), "r3"));

    // then
    assertThat(two.parameters()).isEqualTo(2);
    assertThat(secondAgain).singleElement().satisfies(t -> assertThat(t.parameters()).isEqualTo(2));
    assertThat(third).singleElement().satisfies(t -> assertThat(t.parameters()).isEqualTo(3));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state.output()).isEqualTo(List.of("r1", "r2", "r3"));
  }

  @Test
  void aDistributedMapRedrivesItsMapRunsFailedChildren() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                "StartAt":"Work","States":{"Work":{"Type":"Task",
                  "Resource":"arn:aws:states:::lambda:invoke","End":true}}}}}}
            """,
            List.of("a", "b"));
    List<Command.InvokeTask> tasks = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(1), tasks.get(0).taskId(), "A"));
    run.handle(new Event.TaskFailed(T0.plusSeconds(2), tasks.get(1).taskId(), "Boom", null));
    long failedAt = run.lastId();
    assertThat(run.state.mapRuns().getFirst().status()).isEqualTo("FAILED");

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(10)));
    List<Command.InvokeTask> again = run.newTasks();
    run.handle(new Event.TaskSucceeded(T0.plusSeconds(11), again.getFirst().taskId(), "B"));

    // then
    assertThat(again).singleElement().satisfies(t -> assertThat(t.parameters()).isEqualTo("b"));
    assertThat(run.typesFrom(failedAt))
        .containsSubsequence(
            "ExecutionRedriven", "MapRunRedriven", "MapRunSucceeded", "ExecutionSucceeded");
    assertThat(run.state.output()).isEqualTo(List.of("A", "B"));
    MapRun mapRun = run.state.mapRuns().getFirst();
    assertThat(mapRun.status()).isEqualTo("SUCCEEDED");
    assertThat(mapRun.itemCounts().succeeded()).isEqualTo(2);
    assertThat(mapRun.itemCounts().failed()).isZero();
  }

  @Test
  void retriesStartAgainFromZero() {
    // given
    Run run =
        new Run(
            """
            {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":1,"IntervalSeconds":1}],"End":true}}}
            """,
            Map.of());
    run.handle(new Event.TaskFailed(T0, run.newTasks().getFirst().taskId(), "Boom", null));
    run.handle(new Event.TimerFired(T0.plusSeconds(1), timerIds(run).getLast()));
    run.handle(
        new Event.TaskFailed(T0.plusSeconds(1), run.newTasks().getFirst().taskId(), "Boom", null));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.FAILED);

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(10)));
    run.handle(
        new Event.TaskFailed(T0.plusSeconds(10), run.newTasks().getFirst().taskId(), "Boom", null));

    // then: one retry again, not a failure at once
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void theExecutionTimeoutStartsAgainAtTheRedrive() {
    // given
    Run run =
        new Run(
            """
            {"TimeoutSeconds":10,"StartAt":"Call","States":{"Call":{"Type":"Task",
              "Resource":"arn:aws:states:::lambda:invoke","End":true}}}
            """,
            Map.of());
    long timeout = timerIds(run).getFirst();
    run.newTasks();
    run.handle(new Event.TimerFired(T0.plusSeconds(10), timeout));
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    run.commands.clear();

    // when
    run.handle(new Event.RedriveRequested(T0.plusSeconds(100)));

    // then
    assertThat(run.commands)
        .filteredOn(c -> c instanceof Command.StartTimer)
        .singleElement()
        .satisfies(
            c -> assertThat(((Command.StartTimer) c).fireAt()).isEqualTo(T0.plusSeconds(110)));
    assertThat(run.newTasks()).hasSize(1);
    assertThat(run.state.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  private static List<Long> timerIds(Run run) {
    List<Long> ids = new ArrayList<>();
    for (Command c : run.commands) {
      if (c instanceof Command.StartTimer t) {
        ids.add(t.timerId());
      }
    }
    return ids;
  }
}
