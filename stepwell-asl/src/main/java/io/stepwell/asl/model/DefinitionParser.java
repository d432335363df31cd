package io.stepwell.asl.model;

import io.stepwell.asl.choice.ChoiceRules;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the model from a definition's JSON tree. It expects a definition the validator accepted
 * and compiles every path, template and rule once, so that executions parse nothing.
 */
public final class DefinitionParser {
  /** AWS's limit on a state's input or output: 256 KiB of UTF-8. */
  public static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  private DefinitionParser() {}

  private static int utf8Size(Object value) {
    return Json.write(value).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** Parses a whole state machine definition. */
  public static StateMachine parse(Map<String, Object> definition) {
    return parseMachine(definition, "JSONPath");
  }

  private static StateMachine parseMachine(Map<String, Object> json, String inheritedLanguage) {
    String language = string(json, "QueryLanguage", inheritedLanguage);
    Map<String, Object> statesJson = Json.asObject(json.get("States"));
    Map<String, State> states = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : statesJson.entrySet()) {
      states.put(e.getKey(), parseState(e.getKey(), Json.asObject(e.getValue()), language));
    }
    Long timeout = json.get("TimeoutSeconds") instanceof Number n ? n.longValue() : null;
    return new StateMachine(
        (String) json.get("StartAt"),
        states,
        timeout,
        (String) json.get("Comment"),
        (String) json.get("Version"),
        language);
  }

  private static State parseState(String name, Map<String, Object> json, String language) {
    String type = (String) json.get("Type");
    String next = (String) json.get("Next");
    IoPath in = ioPath(json, "InputPath");
    IoPath out = ioPath(json, "OutputPath");
    return switch (type) {
      case "Pass" ->
          new PassState(
              name,
              next,
              in,
              out,
              template(json, "Parameters"),
              json.containsKey("Result") ? json.get("Result") : Missing.VALUE,
              resultPath(json),
              json.containsKey("Result") && utf8Size(json.get("Result")) > MAX_PAYLOAD_BYTES,
              template(json, "Assign"));
      case "Task" ->
          new TaskState(
              name,
              next,
              in,
              out,
              Resource.parse(String.valueOf(json.get("Resource"))),
              template(json, "Parameters"),
              template(json, "ResultSelector"),
              resultPath(json),
              longOrNull(json, "TimeoutSeconds"),
              path(json, "TimeoutSecondsPath"),
              longOrNull(json, "HeartbeatSeconds"),
              path(json, "HeartbeatSecondsPath"),
              errorHandling(json),
              template(json, "Assign"));
      case "Choice" -> {
        List<ChoiceState.Branch> branches = new ArrayList<>();
        if (json.get("Choices") instanceof List<?> choices) {
          for (Object c : choices) {
            Map<String, Object> rule = Json.asObject(c);
            branches.add(
                new ChoiceState.Branch(
                    ChoiceRules.parse(rule), (String) rule.get("Next"), template(rule, "Assign")));
          }
        }
        yield new ChoiceState(
            name, in, out, branches, (String) json.get("Default"), template(json, "Assign"));
      }
      case "Wait" ->
          new WaitState(
              name,
              next,
              in,
              out,
              longOrNull(json, "Seconds"),
              path(json, "SecondsPath"),
              (String) json.get("Timestamp"),
              path(json, "TimestampPath"),
              template(json, "Assign"));
      case "Succeed" -> new SucceedState(name, in, out);
      case "Fail" ->
          new FailState(
              name,
              (String) json.get("Error"),
              pathOrIntrinsic(json, "ErrorPath"),
              (String) json.get("Cause"),
              pathOrIntrinsic(json, "CausePath"));
      case "Parallel" -> {
        List<StateMachine> branches = new ArrayList<>();
        for (Object b : (List<?>) json.get("Branches")) {
          branches.add(parseMachine(Json.asObject(b), language));
        }
        yield new ParallelState(
            name,
            next,
            in,
            out,
            branches,
            template(json, "Parameters"),
            template(json, "ResultSelector"),
            resultPath(json),
            errorHandling(json),
            template(json, "Assign"));
      }
      case "Map" -> parseMap(name, json, next, in, out, language);
      default -> throw new IllegalArgumentException("Unknown state type " + type);
    };
  }

  private static MapState parseMap(
      String name, Map<String, Object> json, String next, IoPath in, IoPath out, String language) {
    Object processorJson =
        json.containsKey("ItemProcessor") ? json.get("ItemProcessor") : json.get("Iterator");
    Map<String, Object> processor = Json.asObject(processorJson);
    boolean distributed = false;
    if (processor.get("ProcessorConfig") instanceof Map<?, ?> config) {
      distributed = "DISTRIBUTED".equals(config.get("Mode"));
    }
    PayloadTemplate selector =
        json.containsKey("ItemSelector")
            ? template(json, "ItemSelector")
            : template(json, "Parameters");
    JsonPathExpr itemsPath =
        json.get("ItemsPath") instanceof String s ? JsonPathExpr.compile(s) : null;
    return new MapState(
        name,
        next,
        in,
        out,
        parseMachine(processor, language),
        itemsPath,
        selector,
        json.get("MaxConcurrency") instanceof Number n ? n.intValue() : 0,
        path(json, "MaxConcurrencyPath"),
        json.get("ToleratedFailurePercentage") instanceof Number n ? n.doubleValue() : null,
        path(json, "ToleratedFailurePercentagePath"),
        longOrNull(json, "ToleratedFailureCount"),
        path(json, "ToleratedFailureCountPath"),
        template(json, "ResultSelector"),
        resultPath(json),
        errorHandling(json),
        distributed,
        (String) json.get("Label"),
        template(json, "Assign"));
  }

  private static ErrorHandling errorHandling(Map<String, Object> json) {
    List<Retrier> retry = new ArrayList<>();
    if (json.get("Retry") instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> r = Json.asObject(o);
        retry.add(
            new Retrier(
                matcher(r),
                r.get("IntervalSeconds") instanceof Number n ? n.longValue() : 1L,
                r.get("MaxAttempts") instanceof Number n ? n.intValue() : 3,
                r.get("BackoffRate") instanceof Number n ? n.doubleValue() : 2.0,
                longOrNull(r, "MaxDelaySeconds"),
                "FULL".equals(r.get("JitterStrategy"))));
      }
    }
    List<Catcher> catchers = new ArrayList<>();
    if (json.get("Catch") instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> c = Json.asObject(o);
        catchers.add(
            new Catcher(matcher(c), (String) c.get("Next"), resultPath(c), template(c, "Assign")));
      }
    }
    return retry.isEmpty() && catchers.isEmpty()
        ? ErrorHandling.NONE
        : new ErrorHandling(retry, catchers);
  }

  private static ErrorMatcher matcher(Map<String, Object> rule) {
    List<String> names = new ArrayList<>();
    if (rule.get("ErrorEquals") instanceof List<?> list) {
      for (Object o : list) {
        names.add(String.valueOf(o));
      }
    }
    return new ErrorMatcher(names);
  }

  private static IoPath ioPath(Map<String, Object> json, String field) {
    if (!json.containsKey(field)) {
      return IoPath.ROOT;
    }
    Object v = json.get(field);
    return v == null ? new IoPath(null) : new IoPath(JsonPathExpr.compile((String) v));
  }

  private static ResultPath resultPath(Map<String, Object> json) {
    if (!json.containsKey("ResultPath")) {
      return ResultPath.ROOT;
    }
    Object v = json.get("ResultPath");
    return v == null ? new ResultPath(null) : new ResultPath(JsonPathExpr.compile((String) v));
  }

  private static PayloadTemplate template(Map<String, Object> json, String field) {
    return json.containsKey(field) ? PayloadTemplate.compile(json.get(field)) : null;
  }

  private static JsonPathExpr path(Map<String, Object> json, String field) {
    return json.get(field) instanceof String s ? JsonPathExpr.compile(s) : null;
  }

  private static ValueExpression pathOrIntrinsic(Map<String, Object> json, String field) {
    return json.get(field) instanceof String s ? ValueExpression.compile(s) : null;
  }

  private static Long longOrNull(Map<String, Object> json, String field) {
    return json.get(field) instanceof Number n ? n.longValue() : null;
  }

  private static String string(Map<String, Object> json, String field, String fallback) {
    return json.get(field) instanceof String s ? s : fallback;
  }
}
