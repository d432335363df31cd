package io.stepwell.asl.eval;

import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.eval.ExecutionState.TimerPurpose;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.JsonataFields;
import io.stepwell.asl.model.Resource;
import io.stepwell.asl.model.TaskState;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Task: asks the driver to invoke the resource, then handles its answer, its timeout or its
 * heartbeat timeout. The history events depend on the resource: {@code LambdaFunction*} for a
 * function ARN, {@code Activity*} for an activity, {@code Task*} for a service integration.
 */
final class TaskHandler {
  /** AWS's payload limit: 256 KiB of UTF-8. */
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  private TaskHandler() {}

  static void execute(Run run, Frame frame, TaskState state) {
    Object raw = frame.rawInput;
    Resource resource = state.resource();
    if (resource.pattern() == Resource.Pattern.WAIT_FOR_TASK_TOKEN && frame.taskToken == null) {
      frame.taskToken = run.entropy.uuid();
    }
    if (state.jsonata() != null) {
      JsonataFields j = state.jsonata();
      Map<String, Object> states = JsonataMode.states(run, frame, raw);
      Object arguments = raw;
      if (j.arguments() != null) {
        arguments = JsonataMode.evaluate(run, frame, j.arguments(), "Arguments", states);
        if (JsonataTemplate.isUndefined(arguments)) {
          arguments = null;
        }
      }
      Long timeout =
          j.timeoutSeconds() != null
              ? Long.valueOf(
                  JsonataMode.integer(run, frame, j.timeoutSeconds(), "TimeoutSeconds", states))
              : state.timeoutSeconds();
      Long heartbeat =
          j.heartbeatSeconds() != null
              ? Long.valueOf(
                  JsonataMode.integer(run, frame, j.heartbeatSeconds(), "HeartbeatSeconds", states))
              : state.heartbeatSeconds();
      invoke(run, frame, resource, arguments, timeout, heartbeat);
      return;
    }
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    Object parameters =
        state.parameters() == null ? effective : state.parameters().evaluate(scope, run.entropy);
    Long timeout = seconds(state.timeoutSeconds(), state.timeoutSecondsPath(), scope, "Timeout");
    Long heartbeat =
        seconds(state.heartbeatSeconds(), state.heartbeatSecondsPath(), scope, "Heartbeat");
    invoke(run, frame, resource, parameters, timeout, heartbeat);
  }

  private static void invoke(
      Run run, Frame frame, Resource resource, Object parameters, Long timeout, Long heartbeat) {
    long taskId = ++run.execution.lastTaskId;
    frame.taskId = taskId;
    run.execution.tasks.put(taskId, frame);
    scheduledEvents(run, frame, resource, parameters, timeout, heartbeat);
    run.commands.add(
        new Command.InvokeTask(
            taskId, resource.arn(), parameters, frame.taskToken, timeout, heartbeat));
    if (timeout != null) {
      frame.timeoutTimerId =
          run.startTimer(frame, TimerPurpose.TASK_TIMEOUT, taskId, run.now.plusSeconds(timeout));
    }
    if (heartbeat != null) {
      frame.heartbeatTimerId =
          run.startTimer(
              frame, TimerPurpose.TASK_HEARTBEAT, taskId, run.now.plusSeconds(heartbeat));
    }
  }

  static void succeeded(Run run, Frame frame, Object result) {
    TaskState state = (TaskState) frame.state;
    settle(run, frame);
    if (utf8Length(result) > MAX_PAYLOAD_BYTES) {
      // AWS reports an oversized result as the task's failure, named after the resource.
      Resource resource = state.resource();
      String named =
          resource.kind() == Resource.Kind.SERVICE_INTEGRATION
              ? resource.service()
              : resource.arn();
      failed(
          run,
          frame,
          StatesError.DATA_LIMIT_EXCEEDED.aslName(),
          "The state/task '"
              + named
              + "' returned a result with a size exceeding the maximum number of bytes service"
              + " limit.",
          true);
      return;
    }
    Resource resource = state.resource();
    String prefix = eventPrefix(resource);
    run.emit(
        frame,
        prefix + "Succeeded",
        withResource(
            run, resource, run.details("output", result, "outputDetails", Run.notTruncated())));
    try {
      if (state.jsonata() != null) {
        Map<String, Object> states =
            JsonataMode.with(JsonataMode.states(run, frame, frame.rawInput), "result", result);
        Map<String, Object> assigned =
            JsonataMode.assign(run, frame, state.jsonata().assign(), states);
        Object output = JsonataMode.output(run, frame, state.jsonata().output(), states, result);
        run.exit(frame, output, state.next(), assigned);
        return;
      }
      Object selected = result;
      if (state.resultSelector() != null) {
        selected = state.resultSelector().evaluate(run.scope(frame, result), run.entropy);
      }
      Map<String, Object> assigned = run.assignments(frame, state.assign(), selected);
      Object output = state.resultPath().apply(frame.rawInput, selected);
      output = state.outputPath().apply(output, run.scope(frame, output));
      run.exit(frame, output, state.next(), assigned);
    } catch (StatesFailure f) {
      run.failEvaluation(frame, f);
    }
  }

  /** A worker took an activity's task: AWS records {@code ActivityStarted} with its name. */
  static void started(Run run, Frame frame, String workerName) {
    TaskState state = (TaskState) frame.state;
    if (state.resource().kind() == Resource.Kind.ACTIVITY) {
      run.emit(frame, "ActivityStarted", run.details("workerName", workerName));
    }
  }

  static void failed(Run run, Frame frame, String error, String cause) {
    failed(run, frame, error, cause, false);
  }

  private static void failed(
      Run run, Frame frame, String error, String cause, boolean alreadySettled) {
    TaskState state = (TaskState) frame.state;
    if (!alreadySettled) {
      settle(run, frame);
    }
    run.emit(
        frame,
        eventPrefix(state.resource()) + "Failed",
        withResource(run, state.resource(), run.details("error", error, "cause", cause)));
    run.fail(frame, ErrorName.of(error), cause);
  }

  static void timedOut(Run run, Frame frame, StatesError error) {
    TaskState state = (TaskState) frame.state;
    long taskId = frame.taskId;
    settle(run, frame);
    run.commands.add(new Command.CancelTask(taskId));
    run.emit(
        frame,
        eventPrefix(state.resource()) + "TimedOut",
        withResource(run, state.resource(), run.details("error", error.aslName())));
    run.fail(frame, error, null);
  }

  /** The task is answered: stop waiting for it. */
  private static void settle(Run run, Frame frame) {
    run.execution.tasks.remove(frame.taskId);
    frame.taskId = -1;
    run.cancelTimer(frame.timeoutTimerId);
    run.cancelTimer(frame.heartbeatTimerId);
    frame.timeoutTimerId = -1;
    frame.heartbeatTimerId = -1;
  }

  private static void scheduledEvents(
      Run run, Frame frame, Resource resource, Object parameters, Long timeout, Long heartbeat) {
    switch (resource.kind()) {
      case LAMBDA_FUNCTION -> {
        run.emit(
            frame,
            "LambdaFunctionScheduled",
            run.details(
                "input",
                parameters,
                "inputDetails",
                Run.notTruncated(),
                "resource",
                resource.arn(),
                "timeoutInSeconds",
                timeout));
        run.emit(frame, "LambdaFunctionStarted", run.details());
      }
      case ACTIVITY -> {
        run.emit(
            frame,
            "ActivityScheduled",
            run.details(
                "input",
                parameters,
                "inputDetails",
                Run.notTruncated(),
                "resource",
                resource.arn(),
                "timeoutInSeconds",
                timeout,
                "heartbeatInSeconds",
                heartbeat));
      }
      case SERVICE_INTEGRATION, OTHER -> {
        run.emit(
            frame,
            "TaskScheduled",
            run.details(
                "parameters",
                parameters,
                "region",
                region(run),
                "resource",
                resourceName(resource),
                "resourceType",
                resourceType(resource),
                "timeoutInSeconds",
                timeout,
                "heartbeatInSeconds",
                heartbeat));
        run.emit(frame, "TaskStarted", withResource(run, resource, run.details()));
      }
    }
  }

  private static Map<String, Object> withResource(
      Run run, Resource resource, Map<String, Object> details) {
    if (!run.recordsHistory()
        || resource.kind() == Resource.Kind.LAMBDA_FUNCTION
        || resource.kind() == Resource.Kind.ACTIVITY) {
      return details;
    }
    details.put("resource", resourceName(resource));
    details.put("resourceType", resourceType(resource));
    return details;
  }

  private static String eventPrefix(Resource resource) {
    return switch (resource.kind()) {
      case LAMBDA_FUNCTION -> "LambdaFunction";
      case ACTIVITY -> "Activity";
      case SERVICE_INTEGRATION, OTHER -> "Task";
    };
  }

  private static String resourceName(Resource resource) {
    return resource.action() != null ? resource.action() : resource.arn();
  }

  private static String resourceType(Resource resource) {
    return resource.service() != null ? resource.service() : "unknown";
  }

  private static String region(Run run) {
    String[] parts = String.valueOf(run.execution.info.executionArn()).split(":");
    return parts.length > 3 ? parts[3] : "us-east-1";
  }

  private static Long seconds(Long fixed, JsonPathExpr path, DataScope scope, String field) {
    if (fixed != null) {
      return fixed;
    }
    if (path == null) {
      return null;
    }
    Object value = path.read(scope);
    if (value instanceof Number n && Json.isIntegral(n) && n.longValue() > 0) {
      return n.longValue();
    }
    if (value == Missing.VALUE) {
      throw StatesFailure.runtime(
          "The "
              + field
              + "SecondsPath parameter does not reference an input value: "
              + path.text());
    }
    throw StatesFailure.runtime(
        "The "
            + field
            + "SecondsPath parameter does not reference a positive integer: "
            + path.text()
            + " == "
            + Json.write(value));
  }

  static int utf8Length(Object value) {
    if (value instanceof String s && s.length() * 3 <= MAX_PAYLOAD_BYTES) {
      return s.length();
    }
    if (value instanceof Map<?, ?>
        || value instanceof java.util.List<?>
        || value instanceof String) {
      return Json.write(value).getBytes(StandardCharsets.UTF_8).length;
    }
    return 0;
  }
}
