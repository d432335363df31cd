package io.stepwell.serverless;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.serverless.cloudformation.Intrinsics;
import io.stepwell.serverless.cloudformation.KnownResource;
import io.stepwell.serverless.cloudformation.Names;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code stepFunctions.stateMachines}, named as the plugin names them: logical id {@code id} or
 * {@code name} normalized, else {@code KeyStepFunctionsStateMachine}; name {@code name}, else the
 * logical id (CloudFormation would add a random suffix; a stable name keeps deploys idempotent).
 */
final class StateMachineReader {
  private final ProjectReader.Reading reading;
  private final Map<String, String> logicalIds = new LinkedHashMap<>();

  StateMachineReader(ProjectReader.Reading reading) {
    this.reading = reading;
  }

  /** Puts every state machine's logical id on the stack (before anything refers to them). */
  void declare(Mapping machines) {
    machines
        .entries()
        .forEach((key, node) -> {
          Mapping sm = Values.mapping(node, "state machine " + key);
          String logicalId = logicalId(key, sm);
          String name = name(sm, logicalId);
          String arn = arn(name);
          reading.stack.add(
              logicalId,
              new KnownResource(
                  "AWS::StepFunctions::StateMachine", arn, Map.of("Arn", arn, "Name", name)));
          logicalIds.put(key, logicalId);
        });
  }

  Map<String, StateMachineDef> read(Mapping machines) {
    Map<String, StateMachineDef> defs = new LinkedHashMap<>();
    machines.entries().forEach((key, node) -> defs.put(key, machine(key, (Mapping) node)));
    return defs;
  }

  /** The plugin's outputs: {@code LogicalIdArn} (or {@code ...StepFunctionsStateMachineArn}). */
  Map<String, Object> outputs(Mapping stepFunctions) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (stepFunctions.get("noOutput") instanceof Scalar s && Boolean.TRUE.equals(s.value())) {
      return out;
    }
    logicalIds.forEach((key, logicalId) ->
        out.put(logicalId + "Arn", reading.stack.intrinsics().ref(logicalId, null)));
    return out;
  }

  private static String logicalId(String key, Mapping sm) {
    String custom = Values.optionalString(sm, "id", "id");
    if (custom == null) {
      custom = Values.optionalString(sm, "name", "name");
    }
    return custom != null
        ? Names.normalize(custom)
        : Names.normalize(key) + "StepFunctionsStateMachine";
  }

  private static String name(Mapping sm, String logicalId) {
    String name = Values.optionalString(sm, "name", "name");
    return name != null ? name : logicalId;
  }

  private String arn(String name) {
    return "arn:aws:states:" + reading.region + ":" + reading.accountId + ":stateMachine:" + name;
  }

  private StateMachineDef machine(String key, Mapping sm) {
    String logicalId = logicalIds.get(key);
    String name = name(sm, logicalId);
    String arn = arn(name);
    String type = "STANDARD";
    if (sm.get("type") != null) {
      type = Values.string(sm.get("type"), "type").toUpperCase(Locale.ROOT);
      if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
        throw new ServerlessException(
            sm.get("type").at(), "type must be STANDARD or EXPRESS, not " + type);
      }
    }
    Node definition = sm.get("definition");
    if (definition == null) {
      throw new ServerlessException(sm.at(), "state machine " + key + " needs a definition");
    }
    String json = Json.writePretty(definition(key, definition));
    String role =
        sm.get("role") == null
            ? "arn:aws:iam::"
                + reading.accountId
                + ":role/"
                + reading.stack.stackName()
                + "-"
                + logicalId
                + "Role-"
                + Names.suffix(reading.stack.stackName() + "/" + logicalId + "Role")
            : String.valueOf(reading.stack.intrinsics().resolve(sm.get("role")));
    EventReader events = new EventReader(reading, key, Names.normalize(key), arn);
    events.read(sm.get("events"));
    return new StateMachineDef(
        key, logicalId, name, arn, type, json, role, events.http(), events.schedules(), sm.at());
  }

  /**
   * The definition as CloudFormation receives it from the plugin: a string is the definition text
   * itself; a mapping has each intrinsic function replaced by its value and, when it has any (or a
   * {@code #{...}} pseudo parameter), is the template of one {@code Fn::Sub}, so that every {@code
   * ${...}} left in it is substituted too.
   */
  private Object definition(String key, Node definition) {
    if (definition instanceof Scalar s && s.value() instanceof String text) {
      try {
        return Json.parse(text);
      } catch (JsonSyntaxException e) {
        throw new ServerlessException(
            s.at(), "the definition of " + key + " is not JSON: " + e.getMessage());
      }
    }
    boolean sub = Intrinsics.containsIntrinsic(definition) || mentions(definition, "#{");
    if (!sub && mentions(definition, "${")) {
      reading.warnings.add(
          "the definition of "
              + key
              + " has ${...} but no intrinsic function or #{...}: the plugin leaves it as"
              + " written, so CloudFormation does not substitute it");
    }
    return walk(definition, sub, false);
  }

  private Object walk(Node node, boolean sub, boolean waitSeconds) {
    return switch (node) {
      case Scalar s when sub && s.value() instanceof String text -> subText(text, s);
      case Scalar s -> s.value();
      case Mapping m when Intrinsics.isIntrinsic(m) -> {
        Object value = reading.stack.intrinsics().resolve(m);
        // the plugin unquotes an intrinsic that gives a Wait state's Seconds
        if (waitSeconds && value instanceof String t && t.matches("\\d+")) {
          yield Long.parseLong(t);
        }
        yield value;
      }
      case Mapping m -> {
        boolean wait = m.get("Type") instanceof Scalar t && "Wait".equals(t.value());
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries()
            .forEach((k, v) -> {
              String name = sub ? subText(k, Scalar.of(k, m.keyAt(k))) : k;
              out.put(name, walk(v, sub, wait && k.equals("Seconds")));
            });
        yield out;
      }
      case io.stepwell.serverless.yaml.Sequence s -> {
        List<Object> out = new ArrayList<>();
        s.items().forEach(i -> out.add(walk(i, sub, false)));
        yield out;
      }
    };
  }

  private String subText(String text, Scalar at) {
    String template = text.replaceAll("#\\{([^}]+)}", "\\${$1}");
    return reading.stack.intrinsics().sub(template, Map.of(), at);
  }

  private static boolean mentions(Node node, String marker) {
    return switch (node) {
      case Scalar s -> s.value() instanceof String t && t.contains(marker);
      case Mapping m ->
          m.entries().keySet().stream().anyMatch(k -> k.contains(marker))
              || m.entries().values().stream().anyMatch(v -> mentions(v, marker));
      case io.stepwell.serverless.yaml.Sequence s ->
          s.items().stream().anyMatch(v -> mentions(v, marker));
    };
  }
}
