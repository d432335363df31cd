package io.stepwell.serverless;

import io.stepwell.serverless.cloudformation.KnownResource;
import io.stepwell.serverless.cloudformation.Names;
import io.stepwell.serverless.cloudformation.Stack;
import io.stepwell.serverless.variables.VariableResolver;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Sequence;
import io.stepwell.serverless.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Serverless Framework project ({@code serverless.yml}, {@code .yaml} or {@code .json}) for
 * one stage and region, resolving what the Framework, the serverless-step-functions plugin and
 * CloudFormation resolve. Only the parts a deploy uses are resolved ({@code service}, {@code
 * provider}, {@code package}, {@code functions}, {@code stepFunctions}, and {@code resources} where
 * referred to), so an unused {@code custom} value with an unsupported source is no error.
 */
public final class ProjectReader {
  private static final List<String> FILE_NAMES =
      List.of("serverless.yml", "serverless.yaml", "serverless.json");

  private ProjectReader() {}

  /**
   * Reads the project in folder {@code path} (or the configuration file {@code path}).
   *
   * @throws ServerlessException naming the file, line and column of what cannot be read or resolved
   */
  public static Project read(Path path, DeployOptions options) {
    Path file = configurationFile(path);
    Path dir = file.toAbsolutePath().getParent();
    String label = file.getFileName().toString();
    if (!(YamlLoader.load(file, label) instanceof Mapping raw)) {
      throw new ServerlessException(
          new Position(label, 1, 1), "the configuration must be a mapping");
    }
    VariableResolver variables =
        new VariableResolver(
            raw,
            dir,
            new VariableResolver.Context(
                options.options(), options.environment(), options.accountId()));
    Reading reading = new Reading(raw, variables, dir, options.accountId());
    return reading.project();
  }

  private static Path configurationFile(Path path) {
    if (Files.isRegularFile(path)) {
      return path;
    }
    for (String name : FILE_NAMES) {
      Path candidate = path.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new ServerlessException(
        null, "no serverless.yml, serverless.yaml or serverless.json in " + path);
  }

  /** One read: the resolved configuration and the stack it becomes. */
  static final class Reading {
    final Mapping raw;
    final VariableResolver variables;
    final Path dir;
    final String service;
    final String stage;
    final String region;
    final String accountId;
    final Stack stack;
    final List<String> warnings = new ArrayList<>();

    Reading(Mapping raw, VariableResolver variables, Path dir, String accountId) {
      this.raw = raw;
      this.variables = variables;
      this.dir = dir;
      this.accountId = accountId;
      this.service = service();
      this.stage = variables.stage();
      this.region = variables.region();
      this.stack = new Stack(region, accountId, service + "-" + stage);
    }

    private String service() {
      Node node = raw.get("service");
      if (node == null) {
        throw new ServerlessException(raw.at(), "the configuration needs a service name");
      }
      Node value = variables.resolve(node);
      if (value instanceof Mapping m && m.get("name") != null) {
        value = m.get("name");
      }
      return Values.string(value, "service");
    }

    /** A top-level section, resolved; an empty mapping when absent. */
    Mapping section(String name) {
      Node node = raw.get(name);
      if (node == null) {
        return new Mapping(Map.of(), Map.of(), raw.at());
      }
      Node value = variables.resolve(node);
      if (!(value instanceof Mapping m)) {
        throw new ServerlessException(value.at(), name + " must be a mapping");
      }
      return m;
    }

    Project project() {
      Mapping provider = section("provider");
      Mapping stepFunctions = section("stepFunctions");
      FunctionReader functions = new FunctionReader(this, provider, section("package"));
      Map<String, Mapping> functionNodes = functions.declare(section("functions"));
      StateMachineReader machines = new StateMachineReader(this);
      Mapping stateMachineNodes =
          stepFunctions.get("stateMachines") instanceof Mapping m
              ? m
              : new Mapping(Map.of(), Map.of(), stepFunctions.at());
      machines.declare(stateMachineNodes);
      List<String> activities = activities(stepFunctions.get("activities"));
      Node resources = raw.get("resources");
      Mapping resourceSection =
          resources instanceof Mapping r ? r : new Mapping(Map.of(), Map.of(), raw.at());
      if (resourceSection.get("Resources") instanceof Mapping template) {
        stack.addTemplateResources(template, variables::resolve);
      }
      Map<String, FunctionDef> functionDefs = functions.read(functionNodes);
      Map<String, StateMachineDef> machineDefs = machines.read(stateMachineNodes);
      Map<String, Object> outputs = outputs(resourceSection.get("Outputs"));
      List<Map<String, Object>> tables = tables(resourceSection.get("Resources"));
      outputs.putAll(machines.outputs(stepFunctions));
      return new Project(
          dir,
          service,
          stage,
          region,
          accountId,
          functionDefs,
          machineDefs,
          activities,
          outputs,
          warnings,
          tables);
    }

    /**
     * The resolved Properties of each {@code AWS::DynamoDB::Table} resource, in the order written.
     */
    private List<Map<String, Object>> tables(Node node) {
      List<Map<String, Object>> out = new ArrayList<>();
      if (!(node instanceof Mapping template)) {
        return out;
      }
      for (Map.Entry<String, Node> e : template.entries().entrySet()) {
        if (e.getValue() instanceof Mapping resource
            && resource.get("Type") != null
            && "AWS::DynamoDB::Table"
                .equals(Values.string(variables.resolve(resource.get("Type")), "Type"))
            && resource.get("Properties") != null) {
          Object resolved =
              stack.intrinsics().resolve(variables.resolve(resource.get("Properties")));
          if (resolved instanceof Map<?, ?> m) {
            Map<String, Object> table = new LinkedHashMap<>();
            m.forEach((k, v) -> table.put(String.valueOf(k), v));
            if (!table.containsKey("TableName")) {
              table.put("TableName", stack.resource(e.getKey(), resource.at()).ref(resource.at()));
            }
            out.add(table);
          }
        }
      }
      return out;
    }

    private List<String> activities(Node node) {
      List<String> names = new ArrayList<>();
      if (node == null) {
        return names;
      }
      if (!(node instanceof Sequence s)) {
        throw new ServerlessException(node.at(), "stepFunctions.activities must be a list");
      }
      for (Node item : s.items()) {
        String name =
            item instanceof Mapping m && m.entries().size() == 1
                ? m.entries().keySet().iterator().next()
                : Values.string(item, "an activity");
        String arn = "arn:aws:states:" + region + ":" + accountId + ":activity:" + name;
        stack.add(
            Names.normalize(name) + "StepFunctionsActivity",
            new KnownResource("AWS::StepFunctions::Activity", arn, Map.of("Name", name)));
        names.add(name);
      }
      return names;
    }

    private Map<String, Object> outputs(Node node) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (!(node instanceof Mapping outputs)) {
        return out;
      }
      outputs
          .entries()
          .forEach((key, value) -> {
            try {
              Node resolved = variables.resolve(value);
              Node v =
                  resolved instanceof Mapping m && m.get("Value") != null
                      ? m.get("Value")
                      : resolved;
              out.put(key, stack.intrinsics().resolve(v));
            } catch (ServerlessException e) {
              warnings.add("output " + key + " is left out: " + e.getMessage());
            }
          });
      return out;
    }

    Duration seconds(Node node, String what) {
      return Duration.ofMillis(Math.round(Values.number(node, what).doubleValue() * 1000));
    }
  }
}
