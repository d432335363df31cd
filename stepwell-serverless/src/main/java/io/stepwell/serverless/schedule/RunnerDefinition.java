package io.stepwell.serverless.schedule;

import io.stepwell.asl.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definition of a schedule's hidden runner: a Standard state machine that asks {@link
 * ScheduleRunner} for the next fire time ({@code Next}), waits for it with a durable timer ({@code
 * Wait}, {@code TimestampPath}), starts the target ({@code Fire}) and goes round again; after
 * {@code rounds} rounds it starts its successor execution ({@code Continue}) and ends, so that no
 * history grows without bound. Everything the runner needs is in the definition or the execution's
 * input, so it survives restarts with no store of its own.
 */
final class RunnerDefinition {
  private RunnerDefinition() {}

  /**
   * The definition for {@code rule}.
   *
   * @param input the target's input as JSON text, or {@code null} for EventBridge's event
   * @param inputPath a JSONPath into EventBridge's event, or {@code null}
   */
  static String of(
      String rule,
      String ruleArn,
      ScheduleExpression expression,
      String targetArn,
      String input,
      String inputPath,
      int rounds) {
    Map<String, Object> schedule = new LinkedHashMap<>();
    schedule.put("rule", rule);
    schedule.put("ruleArn", ruleArn);
    schedule.put("expression", expression.text());
    schedule.put("target", targetArn);
    schedule.put("input", input);
    schedule.put("inputPath", inputPath);
    schedule.put("rounds", rounds);

    Map<String, Object> states = new LinkedHashMap<>();
    states.put("Next", task("next", schedule, "Scheduled?"));
    states.put("Scheduled?", choice(List.of(stop()), "Wait"));
    states.put("Wait", ordered("Type", "Wait", "TimestampPath", "$.at", "Next", "Fire"));
    states.put("Fire", task("fire", schedule, "Again?"));
    states.put(
        "Again?",
        choice(
            List.of(
                stop(),
                ordered("Variable", "$.continue", "BooleanEquals", true, "Next", "Continue")),
            "Next"));
    Map<String, Object> next = new LinkedHashMap<>(task("continue", schedule, null));
    next.put("End", true);
    states.put("Continue", next);
    states.put("Stopped", ordered("Type", "Succeed"));

    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put(
        "Comment",
        "Stepwell schedule runner: rule "
            + rule
            + " starts "
            + targetArn
            + " on "
            + expression.text());
    definition.put("StartAt", "Next");
    definition.put("States", states);
    return Json.writePretty(definition);
  }

  private static Map<String, Object> task(
      String action, Map<String, Object> schedule, String next) {
    Map<String, Object> parameters = new LinkedHashMap<>(schedule);
    parameters.put("state.$", "$");
    parameters.put("execution.$", "$$.Execution.Id");
    parameters.put("executionStart.$", "$$.Execution.StartTime");
    parameters.put("now.$", "$$.State.EnteredTime");
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("Type", "Task");
    task.put("Resource", ScheduleRunner.RESOURCE_PREFIX + action);
    task.put("Parameters", parameters);
    // an engine that restarts may dispatch before the runner is bound to it
    task.put(
        "Retry",
        List.of(
            ordered(
                "ErrorEquals", List.of("States.ALL"),
                "IntervalSeconds", 2,
                "MaxAttempts", 10,
                "BackoffRate", 2)));
    if (next != null) {
      task.put("Next", next);
    }
    return task;
  }

  private static Map<String, Object> stop() {
    return ordered("Variable", "$.stop", "BooleanEquals", true, "Next", "Stopped");
  }

  /** A map in the order given: the definition text must be the same on every deploy. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> choice(List<Map<String, Object>> choices, String otherwise) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("Type", "Choice");
    choice.put("Choices", choices);
    choice.put("Default", otherwise);
    return choice;
  }
}
