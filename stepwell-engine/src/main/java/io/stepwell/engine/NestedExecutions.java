package io.stepwell.engine;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code arn:aws:states:::states:startExecution}: a Task state that starts another execution,
 * answered at once (request-response), when the child ends ({@code .sync}, {@code .sync:2}), or
 * when the child calls back with the token ({@code .waitForTaskToken}).
 *
 * <p>A child started without a {@code Name} gets one derived from the parent task, so that a
 * dispatch repeated after a crash finds the same child instead of starting a second one.
 */
final class NestedExecutions implements TaskDispatcher {
  static final String PREFIX = "arn:aws:states:::states:startExecution";

  private final Engine engine;

  /** Children whose parents wait for their end: child ARN to the parent's task. */
  private final Map<String, TaskInvocation> waiting = new ConcurrentHashMap<>();

  NestedExecutions(Engine engine) {
    this.engine = engine;
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation task) {
    if (!(task.parameters() instanceof Map<?, ?> p)
        || !(p.get("StateMachineArn") instanceof String arn)) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The states:startExecution parameters need a StateMachineArn string.");
    }
    Object inputValue = p.containsKey("Input") ? p.get("Input") : Map.of();
    String input = inputValue instanceof String s ? s : Json.write(inputValue);
    String name =
        p.get("Name") instanceof String n
            ? n
            : UUID.nameUUIDFromBytes(
                    (task.executionArn() + "#" + task.taskId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    ExecutionRecord child;
    try {
      child = engine.startExecution(arn, name, input);
    } catch (EngineException e) {
      if (!e.code().equals("ExecutionAlreadyExists")) {
        return new TaskOutcome.Failed("StepFunctions." + e.code() + "Exception", e.getMessage());
      }
      // A repeated dispatch: the child exists already.
      child = engine.describeExecution(arn.replace(":stateMachine:", ":execution:") + ":" + name);
    }
    String resource = task.resource();
    if (resource.endsWith(".waitForTaskToken")) {
      return new TaskOutcome.Pending();
    }
    if (!resource.endsWith(".sync") && !resource.endsWith(".sync:2")) {
      Map<String, Object> started = new LinkedHashMap<>();
      started.put("ExecutionArn", child.arn());
      started.put("StartDate", child.startDate().toEpochMilli());
      return new TaskOutcome.Succeeded(started);
    }
    waiting.put(child.arn(), task);
    ExecutionRecord now = engine.describeExecution(child.arn());
    if (!"RUNNING".equals(now.status()) && waiting.remove(child.arn()) != null) {
      return outcome(task, now);
    }
    return new TaskOutcome.Pending();
  }

  /** An execution ended: if a parent waits for it, its task is answered. */
  void ended(ExecutionRecord child) {
    TaskInvocation parent = waiting.remove(child.arn());
    if (parent != null) {
      engine.complete(parent, outcome(parent, child));
    }
  }

  private static TaskOutcome outcome(TaskInvocation parent, ExecutionRecord child) {
    boolean json = parent.resource().endsWith(".sync:2");
    Map<String, Object> described = new LinkedHashMap<>();
    if (!"SUCCEEDED".equals(child.status())) {
      if (child.cause() != null) {
        described.put("Cause", child.cause());
      }
      if (child.error() != null) {
        described.put("Error", child.error());
      }
    }
    described.put("ExecutionArn", child.arn());
    described.put("Input", json ? Json.parse(child.input()) : child.input());
    described.put("InputDetails", Map.of("Included", true));
    described.put("Name", child.name());
    if (child.output() != null) {
      described.put("Output", json ? Json.parse(child.output()) : child.output());
      described.put("OutputDetails", Map.of("Included", true));
    }
    described.put("StartDate", child.startDate().toEpochMilli());
    described.put("StateMachineArn", child.stateMachineArn());
    described.put("Status", child.status());
    if (child.stopDate() != null) {
      described.put("StopDate", child.stopDate().toEpochMilli());
    }
    return "SUCCEEDED".equals(child.status())
        ? new TaskOutcome.Succeeded(described)
        : new TaskOutcome.Failed("States.TaskFailed", Json.write(described));
  }
}
