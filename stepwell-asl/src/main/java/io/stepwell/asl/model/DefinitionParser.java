package io.stepwell.asl.model;

import io.stepwell.asl.choice.ChoiceRules;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
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

  private static State parseState(String name, Map<String, Object> json, String inherited) {
    String language = string(json, "QueryLanguage", inherited);
    JsonataFields j = "JSONata".equals(language) ? jsonataFields(json) : null;
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
              template(json, "Assign"),
              j);
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
              errorHandling(json, j != null),
              template(json, "Assign"),
              j);
      case "Choice" -> {
        List<ChoiceState.Branch> branches = new ArrayList<>();
        if (json.get("Choices") instanceof List<?> choices) {
          for (Object c : choices) {
            Map<String, Object> rule = Json.asObject(c);
            branches.add(
                j == null
                    ? new ChoiceState.Branch(
                        ChoiceRules.parse(rule),
                        (String) rule.get("Next"),
                        template(rule, "Assign"),
                        null,
                        null,
                        null)
                    : new ChoiceState.Branch(
                        null,
                        (String) rule.get("Next"),
                        null,
                        jsonata(rule, "Condition"),
                        jsonata(rule, "Assign"),
                        jsonata(rule, "Output")));
          }
        }
        yield new ChoiceState(
            name, in, out, branches, (String) json.get("Default"), template(json, "Assign"), j);
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
              template(json, "Assign"),
              j);
      case "Succeed" -> new SucceedState(name, in, out, j);
      case "Fail" ->
          new FailState(
              name,
              (String) json.get("Error"),
              pathOrIntrinsic(json, "ErrorPath"),
              (String) json.get("Cause"),
              pathOrIntrinsic(json, "CausePath"),
              j);
      case "Parallel" -> {
        List<StateMachine> branches = new ArrayList<>();
        for (Object b : (List<?>) json.get("Branches")) {
          branches.add(parseMachine(Json.asObject(b), inherited));
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
            errorHandling(json, j != null),
            template(json, "Assign"),
            j);
      }
      case "Map" -> parseMap(name, json, next, in, out, inherited, j);
      default -> throw new IllegalArgumentException("Unknown state type " + type);
    };
  }

  private static MapState parseMap(
      String name,
      Map<String, Object> json,
      String next,
      IoPath in,
      IoPath out,
      String language,
      JsonataFields j) {
    Object processorJson =
        json.containsKey("ItemProcessor") ? json.get("ItemProcessor") : json.get("Iterator");
    Map<String, Object> processor = Json.asObject(processorJson);
    boolean distributed = false;
    if (processor.get("ProcessorConfig") instanceof Map<?, ?> config) {
      distributed = "DISTRIBUTED".equals(config.get("Mode"));
    }
    PayloadTemplate selector =
        j != null
            ? null
            : json.containsKey("ItemSelector")
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
        errorHandling(json, j != null),
        distributed,
        (String) json.get("Label"),
        template(json, "Assign"),
        j,
        DistributedConfig.parse(json, j != null));
  }

  private static ErrorHandling errorHandling(Map<String, Object> json, boolean jsonata) {
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
            jsonata
                ? new Catcher(
                    matcher(c),
                    (String) c.get("Next"),
                    ResultPath.ROOT,
                    null,
                    jsonata(c, "Output"),
                    jsonata(c, "Assign"))
                : new Catcher(
                    matcher(c),
                    (String) c.get("Next"),
                    resultPath(c),
                    template(c, "Assign"),
                    null,
                    null));
      }
    }
    return retry.isEmpty() && catchers.isEmpty()
        ? ErrorHandling.NONE
        : new ErrorHandling(retry, catchers);
  }

  private static JsonataFields jsonataFields(Map<String, Object> json) {
    return new JsonataFields(
        jsonata(json, "Arguments"),
        jsonata(json, "Output"),
        jsonata(json, "Assign"),
        jsonata(json, "Items"),
        jsonata(json, "ItemSelector"),
        jsonata(json, "Seconds"),
        jsonata(json, "Timestamp"),
        jsonata(json, "TimeoutSeconds"),
        jsonata(json, "HeartbeatSeconds"),
        jsonata(json, "MaxConcurrency"),
        jsonata(json, "ToleratedFailureCount"),
        jsonata(json, "ToleratedFailurePercentage"),
        jsonata(json, "Error"),
        jsonata(json, "Cause"));
  }

  private static JsonataTemplate jsonata(Map<String, Object> json, String field) {
    return json.containsKey(field) ? JsonataTemplate.compile(json.get(field)) : null;
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
