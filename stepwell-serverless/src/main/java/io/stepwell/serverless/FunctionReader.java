package io.stepwell.serverless;

import io.stepwell.serverless.cloudformation.KnownResource;
import io.stepwell.serverless.cloudformation.Names;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code functions} section, named and defaulted as the Framework does: name {@code
 * SERVICE-STAGE-KEY}, logical id {@code KeyLambdaFunction}, timeout 6 s and 1024 MB unless the
 * function or the provider says otherwise, the provider's environment under the function's.
 */
final class FunctionReader {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(6);
  private static final int DEFAULT_MEMORY_MB = 1024;

  private final ProjectReader.Reading reading;
  private final Mapping provider;
  private final Mapping servicePackage;

  FunctionReader(ProjectReader.Reading reading, Mapping provider, Mapping servicePackage) {
    this.reading = reading;
    this.provider = provider;
    this.servicePackage = servicePackage;
  }

  /** Puts every function's logical id on the stack (before anything refers to them). */
  Map<String, Mapping> declare(Mapping functions) {
    Map<String, Mapping> nodes = new LinkedHashMap<>();
    functions
        .entries()
        .forEach((key, node) -> {
          Mapping fn = Values.mapping(node, "function " + key);
          String name = name(key, fn);
          String logicalId = Names.normalize(key) + "LambdaFunction";
          String arn = arn(name);
          reading.stack.add(
              logicalId, new KnownResource("AWS::Lambda::Function", name, Map.of("Arn", arn)));
          reading.stack.alias(key, logicalId);
          nodes.put(key, fn);
        });
    return nodes;
  }

  Map<String, FunctionDef> read(Map<String, Mapping> nodes) {
    Map<String, FunctionDef> defs = new LinkedHashMap<>();
    nodes.forEach((key, fn) -> defs.put(key, function(key, fn)));
    return defs;
  }

  private String name(String key, Mapping fn) {
    String name = Values.optionalString(fn, "name", "name");
    return name != null ? name : reading.service + "-" + reading.stage + "-" + key;
  }

  private String arn(String name) {
    return "arn:aws:lambda:" + reading.region + ":" + reading.accountId + ":function:" + name;
  }

  private FunctionDef function(String key, Mapping fn) {
    String name = name(key, fn);
    String runtime = Values.optionalString(fn, "runtime", "runtime");
    if (runtime == null) {
      runtime = Values.optionalString(provider, "runtime", "provider.runtime");
    }
    if (runtime == null) {
      throw new ServerlessException(
          fn.at(), "function " + key + " needs a runtime (its own or provider.runtime)");
    }
    String handler = Values.optionalString(fn, "handler", "handler");
    if (handler == null) {
      throw new ServerlessException(fn.at(), "function " + key + " needs a handler");
    }
    Path code = code(key, fn, runtime);
    Duration timeout = timeout(fn);
    Node memory = fn.get("memorySize") != null ? fn.get("memorySize") : provider.get("memorySize");
    int memoryMb =
        memory == null ? DEFAULT_MEMORY_MB : Values.number(memory, "memorySize").intValue();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.putAll(environment(provider.get("environment"), "provider.environment"));
    environment.putAll(environment(fn.get("environment"), "environment"));
    return new FunctionDef(
        key,
        name,
        Names.normalize(key) + "LambdaFunction",
        runtime,
        handler,
        code,
        timeout,
        memoryMb,
        environment,
        arn(name),
        fn.at());
  }

  private Duration timeout(Mapping fn) {
    Node node = fn.get("timeout") != null ? fn.get("timeout") : provider.get("timeout");
    return node == null ? DEFAULT_TIMEOUT : reading.seconds(node, "timeout");
  }

  /** {@code package.artifact} of the function, else of the service, else the project folder. */
  private Path code(String key, Mapping fn, String runtime) {
    String artifact = null;
    Node atNode = fn;
    if (fn.get("package") instanceof Mapping p && p.get("artifact") != null) {
      artifact = Values.string(p.get("artifact"), "package.artifact");
      atNode = p.get("artifact");
    } else if (servicePackage.get("artifact") != null) {
      artifact = Values.string(servicePackage.get("artifact"), "package.artifact");
      atNode = servicePackage.get("artifact");
    }
    if (artifact == null) {
      if (runtime.startsWith("java")) {
        throw new ServerlessException(
            fn.at(),
            "function "
                + key
                + " needs package.artifact: a Java function's code is a jar or a classes folder");
      }
      return reading.dir;
    }
    Path path = reading.dir.resolve(artifact).normalize();
    if (!java.nio.file.Files.exists(path)) {
      throw new ServerlessException(
          atNode.at(), "function " + key + ": package.artifact " + artifact + " does not exist");
    }
    return path;
  }

  private Map<String, String> environment(Node node, String what) {
    Map<String, String> env = new LinkedHashMap<>();
    if (node == null) {
      return env;
    }
    Mapping m = Values.mapping(node, what);
    m.entries()
        .forEach((k, v) -> {
          Object value = reading.stack.intrinsics().resolve(v);
          if (value == null) {
            return;
          }
          if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new ServerlessException(v.at(), what + "." + k + " must be a string");
          }
          env.put(k, value instanceof String s ? pseudo(s, v) : String.valueOf(value));
        });
    return env;
  }

  /** serverless-pseudo-parameters: {@code #{AWS::Region}} and the like, anywhere in a value. */
  private String pseudo(String value, Node at) {
    return value.contains("#{")
        ? reading
            .stack
            .intrinsics()
            .sub(
                value.replaceAll("#\\{([^}]+)}", "\\${$1}"),
                Map.of(),
                io.stepwell.serverless.yaml.Scalar.of(value, at.at()))
        : value;
  }
}
