package io.stepwell.functions.process;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.InvalidFunctionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out how a function's processes start ({@link LaunchPlan}): the interpreter or bootstrap to
 * run, and the environment Lambda gives a function.
 */
final class LaunchPlanner {
  private final ProcessSettings config;
  private final Bootstraps bootstraps;
  private final Map<Language, Interpreter> interpreters = new EnumMap<>(Language.class);

  LaunchPlanner(ProcessSettings config, Bootstraps bootstraps) {
    this.config = config;
    this.bootstraps = bootstraps;
  }

  /**
   * @throws InvalidFunctionException when the interpreter cannot be run or a custom runtime has no
   *     executable {@code bootstrap}
   */
  LaunchPlan plan(Language language, FunctionSpec spec, Path code) {
    FunctionConfig function = spec.config();
    return new LaunchPlan(
        command(language, function, code),
        code,
        environment(language, spec, code),
        language.markers(),
        language == Language.JAVA,
        function.memoryMb(),
        config.initTimeout().toNanos());
  }

  private List<String> command(Language language, FunctionConfig function, Path code) {
    return switch (language) {
      case NODE ->
          List.of(
              interpreter(language, function).executable(),
              bootstraps.node().resolve("bootstrap.cjs").toString());
      case PYTHON ->
          List.of(
              interpreter(language, function).executable(),
              "-u",
              bootstraps.python().resolve("bootstrap.py").toString());
      case PROVIDED -> List.of(customBootstrap(function, code).toString());
      case JAVA ->
          JavaLaunch.command(config.javaExecutable(), config.javaClassPath(), function.handler());
    };
  }

  private Map<String, String> environment(Language language, FunctionSpec spec, Path code) {
    Map<String, String> env = new LinkedHashMap<>();
    String path = System.getenv("PATH");
    env.put("PATH", path == null ? "/usr/local/bin:/usr/bin:/bin" : path);
    env.put("LANG", "en_US.UTF-8");
    env.putAll(spec.environment());
    env.put("LAMBDA_TASK_ROOT", code.toString());
    switch (language) {
      case NODE -> {
        env.put("LAMBDA_RUNTIME_DIR", bootstraps.node().toString());
        env.put("NODE_PATH", code.toString());
      }
      case PYTHON -> {
        env.put("LAMBDA_RUNTIME_DIR", bootstraps.python().toString());
        env.put("PYTHONPYCACHEPREFIX", bootstraps.pythonCache().toString());
      }
      case PROVIDED -> env.put("LAMBDA_RUNTIME_DIR", code.toString());
      case JAVA -> {
        env.put("LAMBDA_RUNTIME_DIR", code.toString());
        // The client's logger writes each message as a frame (messages carry no line break of
        // their own); on standard error, merged with the output, EntrySplitter reads them.
        env.put("_LAMBDA_TELEMETRY_LOG_FD", "2");
      }
    }
    if (config.endpointUrl() != null) {
      env.put("AWS_ENDPOINT_URL", config.endpointUrl().toString());
      env.put("AWS_ACCESS_KEY_ID", config.accessKeyId());
      env.put("AWS_SECRET_ACCESS_KEY", config.secretAccessKey());
      env.put("AWS_SESSION_TOKEN", config.sessionToken());
    }
    return env;
  }

  private synchronized Interpreter interpreter(Language language, FunctionConfig function) {
    Interpreter known = interpreters.get(language);
    if (known != null) {
      return known;
    }
    String command = language == Language.NODE ? config.node() : config.python();
    try {
      Interpreter found =
          language == Language.NODE ? Interpreter.node(command) : Interpreter.python(command);
      interpreters.put(language, found);
      return found;
    } catch (IOException e) {
      throw new InvalidFunctionException(
          "Function "
              + function.name()
              + ": runtime "
              + function.runtime()
              + " needs "
              + command
              + ", which cannot be run here: "
              + e.getMessage(),
          e);
    }
  }

  private static Path customBootstrap(FunctionConfig function, Path code) {
    Path bootstrap = code.resolve("bootstrap");
    if (!Files.isRegularFile(bootstrap) || !Files.isExecutable(bootstrap)) {
      throw new InvalidFunctionException(
          "Function "
              + function.name()
              + ": runtime "
              + function.runtime()
              + " runs the executable file bootstrap at the top of the code, and "
              + code
              + " has "
              + (Files.exists(bootstrap) ? "one that is not executable." : "none."));
    }
    return bootstrap;
  }
}
