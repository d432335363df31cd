package io.stepwell.testkit;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.eval.ExecutionState;
import io.stepwell.asl.eval.ExecutionStatus;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.validate.Validator;
import io.stepwell.engine.bucket.BucketCommands;
import io.stepwell.engine.bucket.BucketStore;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Runs one execution to its end in memory, on a virtual clock: waits and task durations advance the
 * clock instead of sleeping, so an hour's Wait takes microseconds.
 */
public final class InMemoryDriver {
  /** The account the in-memory ARNs use. */
  public static final String ACCOUNT = "111111111111";

  /** The region the in-memory ARNs use. */
  public static final String REGION = "us-east-1";

  private final TaskHandler tasks;
  private final BucketStore buckets;

  public InMemoryDriver(TaskHandler tasks) {
    this(tasks, new InMemoryBucketStore());
  }

  /** A driver whose Distributed Maps read and write {@code buckets}. */
  public InMemoryDriver(TaskHandler tasks, BucketStore buckets) {
    this.tasks = tasks;
    this.buckets = buckets;
  }

  /**
   * Validates and compiles a definition once, for many runs.
   *
   * @throws io.stepwell.asl.validate.InvalidDefinitionException when the definition is not valid
   */
  public static StateMachine compile(String definition, String type) {
    return DefinitionParser.parse(Validator.requireValid(definition, type));
  }

  /**
   * Runs the request to its end.
   *
   * @throws io.stepwell.asl.validate.InvalidDefinitionException when the definition is not valid
   */
  public ExecutionResult run(RunRequest request) {
    return run(compile(request.definition(), request.type()), request, true);
  }

  /** Runs an already compiled machine; {@code history} false skips building history events. */
  public ExecutionResult run(StateMachine machine, RunRequest request, boolean history) {
    String smArn =
        "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + request.stateMachineName();
    String execKind = "EXPRESS".equals(request.type()) ? "express" : "execution";
    String execArn =
        "arn:aws:states:"
            + REGION
            + ":"
            + ACCOUNT
            + ":"
            + execKind
            + ":"
            + request.stateMachineName()
            + ":"
            + request.executionName();
    Entropy entropy = Entropy.seeded(request.executionName().hashCode());
    if (execKind.equals("express")) {
      // Express execution ARNs carry a third part, an id of AWS's own.
      execArn = execArn + ":" + entropy.uuid();
    }
    ExecutionInfo info =
        new ExecutionInfo(
            execArn,
            request.executionName(),
            smArn,
            request.stateMachineName(),
            "arn:aws:iam::" + ACCOUNT + ":role/stepwell-execution",
            request.input(),
            request.startTime(),
            history);
    Interpreter interpreter = new Interpreter(machine, entropy);
    List<HistoryEvent> events = history ? new ArrayList<>() : List.of();
    PriorityQueue<Pending> queue = new PriorityQueue<>();
    Set<Long> cancelledTimers = new HashSet<>();
    long[] seq = {0};
    if (request.stopAfter() != null) {
      Instant at = request.startTime().plus(request.stopAfter());
      queue.add(new Pending(at, seq[0]++, new Event.StopRequested(at, null, null)));
    }
    Step step = interpreter.start(info);
    ExecutionState state = step.state();
    Instant now = request.startTime();
    while (true) {
      if (history) {
        events.addAll(step.events());
      }
      for (Command command : step.commands()) {
        switch (command) {
          case Command.InvokeTask t -> {
            TaskResult result =
                invoke(
                    new TaskRequest(
                        t.resource(),
                        t.parameters(),
                        t.taskToken(),
                        t.timeoutSeconds(),
                        t.heartbeatSeconds()));
            Instant at = now.plus(result.after());
            Event answer =
                switch (result) {
                  case TaskResult.Succeeded s ->
                      new Event.TaskSucceeded(at, t.taskId(), s.output());
                  case TaskResult.Failed f ->
                      new Event.TaskFailed(at, t.taskId(), f.error(), f.cause());
                };
            queue.add(new Pending(at, seq[0]++, answer));
          }
          case Command.StartTimer t ->
              queue.add(
                  new Pending(t.fireAt(), seq[0]++, new Event.TimerFired(t.fireAt(), t.timerId())));
          case Command.CancelTimer t -> cancelledTimers.add(t.timerId());
          case Command.CancelTask t -> {
            // The interpreter ignores a cancelled task's answer; nothing to stop in memory.
          }
          case Command.ReadObject r ->
              queue.add(new Pending(now, seq[0]++, BucketCommands.serve(buckets, r, now)));
          case Command.ListObjects l ->
              queue.add(new Pending(now, seq[0]++, BucketCommands.serve(buckets, l, now)));
          case Command.WriteObjects w ->
              queue.add(new Pending(now, seq[0]++, BucketCommands.serve(buckets, w, now)));
          case Command.FinishExecution f -> {
            return new ExecutionResult(
                f.status().name(), f.output(), f.error(), f.cause(), events, state.mapRuns());
          }
        }
      }
      Pending next = queue.poll();
      while (next != null
          && next.event() instanceof Event.TimerFired fired
          && cancelledTimers.remove(fired.timerId())) {
        next = queue.poll();
      }
      if (next == null) {
        return new ExecutionResult(ExecutionStatus.RUNNING.name(), null, null, null, events);
      }
      now = next.at();
      step = interpreter.handle(state, next.event());
    }
  }

  private TaskResult invoke(TaskRequest request) {
    // Tasks get their own copy: values inside the interpreter are shared and never changed.
    return tasks.invoke(
        new TaskRequest(
            request.resource(),
            Json.deepCopy(request.parameters()),
            request.taskToken(),
            request.timeoutSeconds(),
            request.heartbeatSeconds()));
  }

  private record Pending(Instant at, long seq, Event event) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
