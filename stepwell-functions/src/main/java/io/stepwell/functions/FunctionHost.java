package io.stepwell.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Registers functions and invokes them by name, synchronously, as Lambda's {@code Invoke} API does
 * with {@code InvocationType=RequestResponse}. Safe to use from many threads.
 *
 * <p>The host checks what Lambda checks before any code runs (the function exists, the request is
 * at most 6 MB of JSON, the reserved concurrency is not used up) and answers those refusals as
 * {@link Invocation.ServiceError}s. It hands the rest to the function's {@link FunctionRuntime} and
 * turns the outcome into an {@link Invocation}: a timeout becomes a {@code Sandbox.Timedout}
 * function error, a response over 6 MB a {@code Function.ResponseSizeTooLarge} one.
 */
public final class FunctionHost implements AutoCloseable {
  /** The region of a host made without one. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** The account id of a host made without one. */
  public static final String DEFAULT_ACCOUNT_ID = "000000000000";

  private static final ObjectMapper JSON_CHECK =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final Payload EMPTY_EVENT = Payload.ofUtf8("{}");

  private final String region;
  private final String accountId;
  private final Map<String, FunctionRuntime> runtimes;
  private final ConcurrentMap<String, RegisteredFunction> functions = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * A host in {@code region} and account {@code accountId} (they appear in ARNs and in the
   * functions' environment) that runs functions on {@code runtimes}.
   *
   * @throws IllegalArgumentException when two runtimes claim the same runtime identifier
   */
  public FunctionHost(String region, String accountId, List<? extends FunctionRuntime> runtimes) {
    this.region = region;
    this.accountId = accountId;
    Map<String, FunctionRuntime> byName = new TreeMap<>();
    for (FunctionRuntime runtime : runtimes) {
      for (String name : runtime.runtimeNames()) {
        if (byName.putIfAbsent(name, runtime) != null) {
          throw new IllegalArgumentException("Two runtimes serve " + name + ".");
        }
      }
    }
    this.runtimes = byName;
  }

  /** A host in {@link #DEFAULT_REGION} and {@link #DEFAULT_ACCOUNT_ID}. */
  public FunctionHost(List<? extends FunctionRuntime> runtimes) {
    this(DEFAULT_REGION, DEFAULT_ACCOUNT_ID, runtimes);
  }

  /**
   * Adds a function: its runtime loads the code and initialises the handler now, so a bad
   * configuration fails here.
   *
   * @throws InvalidFunctionException when no runtime serves the function's runtime identifier, or
   *     the runtime cannot load its code or handler
   * @throws IllegalStateException when a function of that name exists, or the host is closed
   */
  public void register(FunctionConfig config) {
    requireOpen();
    FunctionRuntime runtime = runtimeOf(config);
    if (functions.containsKey(config.name())) {
      throw alreadyExists(config.name());
    }
    FunctionSpec spec = FunctionSpec.of(config, region, accountId);
    DeployedFunction deployed = runtime.deploy(spec);
    if (functions.putIfAbsent(config.name(), new RegisteredFunction(spec, deployed)) != null) {
      deployed.close();
      throw alreadyExists(config.name());
    }
  }

  /**
   * Removes a function. Invocations already running finish; later ones get {@code
   * ResourceNotFoundException}.
   *
   * @return whether there was such a function
   */
  public boolean unregister(String name) {
    RegisteredFunction removed = functions.remove(name);
    if (removed == null) {
      return false;
    }
    removed.deployed().close();
    return true;
  }

  /**
   * Replaces a function's configuration or code, as Lambda's {@code UpdateFunctionCode} and {@code
   * UpdateFunctionConfiguration} do: the new version is deployed first, so a configuration that
   * cannot load fails here and leaves the function as it was; then it takes the old one's place.
   * Invocations already running finish on the old code; later ones run the new.
   *
   * @throws InvalidFunctionException as {@link #register}
   * @throws IllegalStateException when there is no function of that name, or the host is closed
   */
  public void replace(FunctionConfig config) {
    requireOpen();
    FunctionRuntime runtime = runtimeOf(config);
    if (!functions.containsKey(config.name())) {
      throw notFound(config.name());
    }
    FunctionSpec spec = FunctionSpec.of(config, region, accountId);
    DeployedFunction deployed = runtime.deploy(spec);
    RegisteredFunction old =
        functions.replace(config.name(), new RegisteredFunction(spec, deployed));
    if (old == null) {
      deployed.close();
      throw notFound(config.name());
    }
    old.deployed().close();
  }

  /** The configurations of every registered function, by name. */
  public List<FunctionConfig> configs() {
    return functions.values().stream()
        .map(f -> f.spec().config())
        .sorted(java.util.Comparator.comparing(FunctionConfig::name))
        .toList();
  }

  /** The region this host's ARNs and functions' environments name. */
  public String region() {
    return region;
  }

  /** The account id this host's ARNs name. */
  public String accountId() {
    return accountId;
  }

  /** The runtime identifiers this host can run, e.g. {@code java21}. */
  public Set<String> runtimeNames() {
    return java.util.Collections.unmodifiableSet(runtimes.keySet());
  }

  /** The configuration of the function called {@code name}, if there is one. */
  public Optional<FunctionConfig> config(String name) {
    return Optional.ofNullable(functions.get(name)).map(f -> f.spec().config());
  }

  /** The unqualified ARN a function called {@code name} has in this host. */
  public String functionArn(String name) {
    return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
  }

  /**
   * Invokes a function and waits for its answer. Never throws for anything the function does.
   *
   * @param functionName the function's name (not an ARN)
   * @param payload the event, JSON text; empty or {@code null} sends {@code {}}
   * @param options request id and trace header; {@link InvokeOptions#defaults()} for none
   * @throws IllegalStateException when the host is closed
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted while
   *     waiting (its interrupt flag is set again)
   */
  public Invocation invoke(String functionName, byte[] payload, InvokeOptions options) {
    return invoke(functionName, payload == null ? Payload.empty() : Payload.of(payload), options);
  }

  /** As {@link #invoke(String, byte[], InvokeOptions)}, with the payload already wrapped. */
  public Invocation invoke(String functionName, Payload payload, InvokeOptions options) {
    requireOpen();
    InvokeOptions opts = options == null ? InvokeOptions.defaults() : options;
    String requestId = opts.requestId() != null ? opts.requestId() : UUID.randomUUID().toString();
    long started = System.nanoTime();
    RegisteredFunction function = functions.get(functionName);
    if (function == null) {
      return LambdaErrors.functionNotFound(requestId, functionArn(functionName));
    }
    Payload event = payload == null || payload.isEmpty() ? EMPTY_EVENT : payload;
    if (event.size() > LambdaErrors.MAX_REQUEST_BYTES) {
      return LambdaErrors.requestTooLarge(requestId, event.size());
    }
    Optional<String> notJson = jsonProblem(event);
    if (notJson.isPresent()) {
      return LambdaErrors.invalidJson(requestId, notJson.get());
    }
    if (!function.tryEnter()) {
      return LambdaErrors.throttled(requestId);
    }
    Duration timeout = function.spec().config().timeout();
    RuntimeOutcome outcome;
    try {
      outcome =
          function
              .deployed()
              .invoke(new RuntimeRequest(requestId, event, timeout, opts.xrayTraceId()));
    } finally {
      function.exit();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return switch (outcome) {
      case RuntimeOutcome.Returned r when r.payload().size() > LambdaErrors.MAX_RESPONSE_BYTES ->
          functionError(requestId, LambdaErrors.responseTooLarge(), r.logs(), took);
      case RuntimeOutcome.Returned r ->
          new Invocation.Success(requestId, r.payload(), r.logs(), took);
      case RuntimeOutcome.Failed f ->
          new Invocation.FunctionError(
              requestId, f.errorDocument(), ErrorDocument.parse(f.errorDocument()), f.logs(), took);
      case RuntimeOutcome.TimedOut t ->
          functionError(requestId, LambdaErrors.timedOut(requestId, timeout), t.logs(), took);
    };
  }

  /** Unregisters every function and closes the runtimes; later calls fail. */
  @Override
  public void close() {
    closed = true;
    for (String name : List.copyOf(functions.keySet())) {
      unregister(name);
    }
    for (FunctionRuntime runtime : Set.copyOf(runtimes.values())) {
      runtime.close();
    }
  }

  private static Invocation.FunctionError functionError(
      String requestId, ErrorDocument document, List<String> logs, Duration took) {
    return new Invocation.FunctionError(requestId, document.toPayload(), document, logs, took);
  }

  private static Optional<String> jsonProblem(Payload event) {
    try {
      JSON_CHECK.readTree(event.inputStream());
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("This FunctionHost is closed.");
    }
  }

  private FunctionRuntime runtimeOf(FunctionConfig config) {
    FunctionRuntime runtime = runtimes.get(config.runtime());
    if (runtime == null) {
      throw new InvalidFunctionException(
          "Function "
              + config.name()
              + ": runtime "
              + config.runtime()
              + " is not available here; available: "
              + String.join(", ", runtimes.keySet())
              + ".");
    }
    return runtime;
  }

  private static IllegalStateException notFound(String name) {
    return new IllegalStateException("Function not found: " + name);
  }

  private static IllegalStateException alreadyExists(String name) {
    return new IllegalStateException("Function already exist: " + name);
  }
}
