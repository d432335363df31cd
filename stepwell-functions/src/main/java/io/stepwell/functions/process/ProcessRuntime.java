package io.stepwell.functions.process;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionRuntime;
import io.stepwell.functions.FunctionSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
  private final ProcessSettings config;
  private final LaunchPlanner planner;
  private final Bootstraps bootstraps = Bootstraps.extract();
  private final ExecutorService apiThreads = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService retirements =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("stepwell-process-retire").factory());

  private ProcessRuntime(ProcessSettings config) {
    this.config = config;
    this.planner = new LaunchPlanner(config, bootstraps);
  }

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
      LaunchPlan plan = planner.plan(language, spec, code.directory());
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
          new ProcessSettings(
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
