package io.stepwell.serverless;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.serverless.cloudformation.Names;
import io.stepwell.serverless.schedule.ScheduleExpression;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Scalar;
import io.stepwell.serverless.yaml.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A state machine's {@code events}: {@code http} ({@code {path, method, action}} or {@code "GET
 * path"}) and {@code schedule} ({@code rate(...)}/{@code cron(...)} or {@code {rate, enabled,
 * input, inputPath, name}}), as the plugin reads them. Other event types are reported as warnings.
 */
final class EventReader {
  private final ProjectReader.Reading reading;
  private final String key;
  private final String normalizedKey;
  private final String stateMachineArn;
  private final List<HttpTrigger> http = new ArrayList<>();
  private final List<ScheduleTrigger> schedules = new ArrayList<>();

  EventReader(
      ProjectReader.Reading reading, String key, String normalizedKey, String stateMachineArn) {
    this.reading = reading;
    this.key = key;
    this.normalizedKey = normalizedKey;
    this.stateMachineArn = stateMachineArn;
  }

  List<HttpTrigger> http() {
    return http;
  }

  List<ScheduleTrigger> schedules() {
    return schedules;
  }

  void read(Node events) {
    if (events == null) {
      return;
    }
    if (!(events instanceof Sequence list)) {
      throw new ServerlessException(events.at(), "events must be a list");
    }
    for (Node item : list.items()) {
      Mapping event = Values.mapping(item, "an event");
      event
          .entries()
          .forEach((type, value) -> {
            switch (type) {
              case "http" -> http(value);
              case "schedule" -> schedule(value);
              default ->
                  reading.warnings.add(
                      event.keyAt(type)
                          + ": the "
                          + type
                          + " event of "
                          + key
                          + " is not supported yet and is left out");
            }
          });
    }
  }

  private void http(Node value) {
    String path;
    String method;
    String action = "StartExecution";
    if (value instanceof Scalar s && s.value() instanceof String text) {
      String[] parts = text.trim().split("\\s+", 2);
      if (parts.length != 2) {
        throw new ServerlessException(s.at(), "an http event is 'METHOD path', not '" + text + "'");
      }
      method = parts[0];
      path = parts[1];
    } else {
      Mapping m = Values.mapping(value, "an http event");
      path = Values.optionalString(m, "path", "path");
      method = Values.optionalString(m, "method", "method");
      if (path == null || method == null) {
        throw new ServerlessException(m.at(), "an http event needs a path and a method");
      }
      String a = Values.optionalString(m, "action", "action");
      if (a != null) {
        if (!a.equals("StartExecution") && !a.equals("StartSyncExecution")) {
          throw new ServerlessException(
              m.get("action").at(), "action must be StartExecution or StartSyncExecution");
        }
        action = a;
      }
    }
    String normalized = "/" + path.replaceAll("^/+", "").replaceAll("/+$", "");
    http.add(new HttpTrigger(normalized, method.toUpperCase(Locale.ROOT), stateMachineArn, action));
  }

  private void schedule(Node value) {
    if (value instanceof Scalar s) {
      add(expression(s), null, null, true, null);
      return;
    }
    Mapping m = Values.mapping(value, "a schedule event");
    Node rate = m.get("rate");
    if (rate == null) {
      throw new ServerlessException(
          m.at(), "a schedule event needs a rate: rate(10 minutes) or cron(...)");
    }
    boolean enabled = m.get("enabled") == null || Values.bool(m.get("enabled"), "enabled");
    Node inputNode = m.get("input");
    String inputPath = Values.optionalString(m, "inputPath", "inputPath");
    if (inputNode != null && inputPath != null) {
      throw new ServerlessException(
          m.at(), "a schedule event cannot have both input and inputPath");
    }
    String input = inputNode == null ? null : input(inputNode);
    String name = Values.optionalString(m, "name", "name");
    List<Node> expressions = rate instanceof Sequence seq ? seq.items() : List.of(rate);
    for (Node e : expressions) {
      add(expression(e), input, inputPath, enabled, name);
    }
  }

  private static ScheduleExpression expression(Node node) {
    String text = Values.string(node, "a schedule rate");
    try {
      return ScheduleExpression.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ServerlessException(node.at(), "invalid schedule: " + e.getMessage());
    }
  }

  /** The input as JSON text: a mapping or list as it is, a string as the JSON text it holds. */
  private String input(Node node) {
    Object value = reading.stack.intrinsics().resolve(node);
    if (value instanceof String text) {
      try {
        Json.parse(text);
        return text;
      } catch (JsonSyntaxException e) {
        throw new ServerlessException(
            node.at(), "a schedule input given as a string must be JSON text: " + e.getMessage());
      }
    }
    return Json.write(value);
  }

  private void add(
      ScheduleExpression expression, String input, String inputPath, boolean enabled, String name) {
    int number = schedules.size() + 1;
    String ruleName = name;
    if (ruleName == null) {
      String logicalId = normalizedKey + "StepFunctionsEventsRuleSchedule" + number;
      String stack = reading.stack.stackName();
      ruleName = stack + "-" + logicalId + "-" + Names.suffix(stack + "/" + logicalId);
      if (ruleName.length() > 64) {
        ruleName = ruleName.substring(0, 51) + "-" + Names.suffix(ruleName);
      }
    } else if (number > 1) {
      ruleName = name + "-" + number;
    }
    schedules.add(
        new ScheduleTrigger(ruleName, expression, input, inputPath, enabled, stateMachineArn));
  }
}
