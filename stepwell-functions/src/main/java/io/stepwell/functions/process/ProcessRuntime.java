package io.stepwell.functions.process;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.InvalidFunctionException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs functions as child processes speaking the Lambda Runtime API: Node.js ({@code nodejs18.x},
 * {@code nodejs20.x}, {@code nodejs22.x}, all on the {@code node} found), Python ({@code python3.9}
 * to {@code python3.13}, all on the {@code python3} found), custom runtimes ({@code provided.al2},
 * {@code provided.al2023}: the code's own {@code bootstrap}) and, when {@linkplain
 * Builder#javaRuntimeInterfaceClient configured}, Java ({@code java21}) in a JVM of its own through
 * AWS's runtime interface client.
 *
 * <p>Each execution environment is one process, started at the first invocation that finds no idle
 * one (a cold start) and kept warm for the next; a function runs at most its reserved concurrency
 * of them at once (else {@link Builder#maxInstances}), further invocations wait. An invocation past
 * its timeout kills its process ({@code Sandbox.Timedout}); a process that exits mid-invocation
 * answers {@code Runtime.ExitError}. The process sees Lambda's environment variables, and with an
 * {@linkplain Builder#endpointUrl endpoint} {@code AWS_ENDPOINT_URL} and dummy credentials, so an
 * unmodified AWS SDK in the function calls that endpoint.
 */
public final class ProcessRuntime implements FunctionRuntime {
  private final Settings config;
  private final Bootstraps bootstraps = Bootstraps.extract();
  private final ExecutorService apiThreads = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService retirements =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("stepwell-process-retire").factory());
  private final Map<Language, Interpreter> interpreters = new EnumMap<>(Language.class);

  private ProcessRuntime(Settings config) {
    this.config = config;
  }

  /** A builder's values, copied when the runtime is built. */
  private record Settings(
      String node,
      String python,
      String javaExecutable,
      List<Path> javaClassPath,
      URI endpointUrl,
      String accessKeyId,
      String secretAccessKey,
      String sessionToken,
      Duration idleTimeout,
      Duration initTimeout,
      int maxInstances) {}

  /**
   * The jars of aws-lambda-java-runtime-interface-client and its dependencies on Stepwell's own
   * class path, for {@link Builder#javaRuntimeInterfaceClient}; empty when they are not there.
   */
  public static Optional<List<Path>> javaRuntimeInterfaceClientOnClassPath() {
    return JavaLaunch.classPathOfThisJvm();
  }

  /** A runtime for Node.js, Python and custom runtimes with the defaults. */
  public static ProcessRuntime create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Set<String> runtimeNames() {
    Set<String> names = new TreeSet<>();
    names.addAll(Language.NODE.runtimeNames());
    names.addAll(Language.PYTHON.runtimeNames());
    names.addAll(Language.PROVIDED.runtimeNames());
    if (config.javaClassPath() != null) {
      names.addAll(Language.JAVA.runtimeNames());
    }
    return names;
  }

  @Override
  public DeployedFunction deploy(FunctionSpec spec) {
    FunctionConfig function = spec.config();
    Language language = Language.of(function.runtime());
    CodeRoot code = CodeRoot.of(function.name(), function.code());
    try {
      LaunchPlan plan =
          new LaunchPlan(
              command(language, function, code.directory()),
              code.directory(),
              environment(language, spec, code.directory()),
              language.markers(),
              language == Language.JAVA,
              function.memoryMb(),
              config.initTimeout().toNanos());
      int instances =
          function.reservedConcurrency() > 0
              ? function.reservedConcurrency()
              : config.maxInstances();
      return new ProcessFunction(
          spec, plan, instances, config.idleTimeout(), apiThreads, retirements, code);
    } catch (RuntimeException e) {
      code.close();
      throw e;
    }
  }

  /** Stops the runtime's threads and removes its bootstraps; close the functions first. */
  @Override
  public void close() {
    retirements.shutdownNow();
    apiThreads.shutdownNow();
    bootstraps.close();
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

  /** The settings of a {@link ProcessRuntime}. */
  public static final class Builder {
    private String node = "node";
    private String python = "python3";
    private String javaExecutable = JavaLaunch.currentJava();
    private List<Path> javaClassPath;
    private URI endpointUrl;
    private String accessKeyId = "test";
    private String secretAccessKey = "test";
    private String sessionToken = "test";
    private Duration idleTimeout = Duration.ofMinutes(5);
    private Duration initTimeout = Duration.ofSeconds(10);
    private int maxInstances = 8;

    private Builder() {}

    /**
     * The Node.js interpreter: a path, or a name looked up on {@code PATH} (default {@code node}).
     */
    public Builder node(String command) {
      this.node = command;
      return this;
    }

    /**
     * The Python interpreter: a path, or a name looked up on {@code PATH} (default {@code
     * python3}).
     */
    public Builder python(String command) {
      this.python = command;
      return this;
    }

    /**
     * Serves {@code java21} in a JVM per execution environment, through AWS's
     * aws-lambda-java-runtime-interface-client: {@code classPath} holds its jar and its
     * dependencies (aws-lambda-java-core, aws-lambda-java-serialization); see {@link
     * #javaRuntimeInterfaceClientOnClassPath()} for the jars on Stepwell's own class path. Do not
     * add the in-process {@code JavaRuntime} to the same host: both serve {@code java21}.
     */
    public Builder javaRuntimeInterfaceClient(List<Path> classPath) {
      this.javaClassPath = List.copyOf(classPath);
      return this;
    }

    /** The {@code java} that runs {@code java21} functions (default: the one running Stepwell). */
    public Builder javaExecutable(String command) {
      this.javaExecutable = command;
      return this;
    }

    /**
     * Gives functions {@code AWS_ENDPOINT_URL=endpoint} and dummy credentials, so that the AWS SDK
     * in a function calls Stepwell rather than AWS.
     */
    public Builder endpointUrl(URI endpoint) {
      this.endpointUrl = endpoint;
      return this;
    }

    /** The dummy credentials given with {@link #endpointUrl} (default {@code test} for all). */
    public Builder credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
      this.accessKeyId = accessKeyId;
      this.secretAccessKey = secretAccessKey;
      this.sessionToken = sessionToken;
      return this;
    }

    /** How long an instance may stay idle before it is stopped (default 5 minutes). */
    public Builder idleTimeout(Duration value) {
      this.idleTimeout = positive(value, "idle timeout");
      return this;
    }

    /** How long an instance's init phase may take, as Lambda's 10 seconds (the default). */
    public Builder initTimeout(Duration value) {
      this.initTimeout = positive(value, "init timeout");
      return this;
    }

    /** How many instances a function without reserved concurrency may run at once (default 8). */
    public Builder maxInstances(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxInstances must be at least 1, not " + value);
      }
      this.maxInstances = value;
      return this;
    }

    public ProcessRuntime build() {
      return new ProcessRuntime(
          new Settings(
              node,
              python,
              javaExecutable,
              javaClassPath,
              endpointUrl,
              accessKeyId,
              secretAccessKey,
              sessionToken,
              idleTimeout,
              initTimeout,
              maxInstances));
    }

    private static Duration positive(Duration value, String what) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("The " + what + " must be positive, not " + value);
      }
      return value;
    }
  }
}
