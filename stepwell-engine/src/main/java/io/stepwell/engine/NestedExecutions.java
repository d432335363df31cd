package io.stepwell.engine;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ParentLink;
import io.stepwell.engine.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code arn:aws:states:::states:startExecution}: a Task state that starts another execution,
 * answered at once (request-response), when the child ends ({@code .sync}, {@code .sync:2}), or
 * when the child calls back with the token ({@code .waitForTaskToken}).
 *
 * <p>A child started without a {@code Name} gets one derived from the parent task, so that a
 * dispatch repeated after a crash finds the same child instead of starting a second one.
 *
 * <p>A waiting parent is linked to its child in the store ({@link ParentLink}), not in this node's
 * memory: the node whose step ends the child takes the link and answers the parent, wherever the
 * parent was started. A link left behind by a node that stopped in between is found by {@link
 * #answerLost} and answered then.
 */
final class NestedExecutions implements TaskDispatcher {
  static final String PREFIX = "arn:aws:states:::states:startExecution";
  private static final int LOST_BATCH = 100;

  private final Engine engine;
  private final Function<String, Store> storeFor;

  NestedExecutions(Engine engine, Function<String, Store> storeFor) {
    this.engine = engine;
    this.storeFor = storeFor;
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
    Store store = storeFor.apply(child.arn());
    store.putParentLink(
        new ParentLink(child.arn(), task.executionArn(), task.taskId(), task.resource()));
    // the child may have ended before the link was there: then no one else answers
    ExecutionRecord now = engine.describeExecution(child.arn());
    if (!"RUNNING".equals(now.status()) && store.takeParentLink(child.arn()).isPresent()) {
      return outcome(task.resource(), now);
    }
    return new TaskOutcome.Pending();
  }

  /** An execution ended: if a parent waits for it, its task is answered. */
  void ended(ExecutionRecord child) {
    storeFor.apply(child.arn()).takeParentLink(child.arn()).ifPresent(link -> answer(link, child));
  }

  /**
   * Answers the parents of children that ended while no node answered them (it stopped first).
   *
   * @param store the store whose links to look at
   */
  void answerLost(Store store) {
    for (ParentLink link : store.parentLinksOfEndedChildren(LOST_BATCH)) {
      if (store.takeParentLink(link.childArn()).isPresent()) {
        store.execution(link.childArn()).ifPresent(child -> answer(link, child));
      }
    }
  }

  private void answer(ParentLink link, ExecutionRecord child) {
    TaskInvocation parent =
        new TaskInvocation(link.parentArn(), link.taskId(), link.resource(), null, null);
    // as DescribeExecution shows it now, with its redrive status
    engine.complete(parent, outcome(link.resource(), engine.describeExecution(child.arn())));
  }

  private static TaskOutcome outcome(String resource, ExecutionRecord child) {
    boolean json = resource.endsWith(".sync:2");
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
    if (child.redriveStatus() != null) {
      // as AWS's recent recordings have it (DescribeExecution's redrive fields)
      described.put("RedriveCount", child.redriveCount());
      described.put("RedriveStatus", child.redriveStatus());
      if (child.redriveStatusReason() != null) {
        described.put("RedriveStatusReason", child.redriveStatusReason());
      }
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
