package io.stepwell.testkit.lambda;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FunctionHost} that runs {@link TestFunction}s registered under names, in one account and
 * region, with a {@link TestFunctionRunner} (by default the Java reproductions). Request ids come
 * from an {@link Entropy}, so a seeded host answers the same every run.
 */
public final class TestFunctionHost implements FunctionHost {
  private final Map<String, TestFunction> functions = new ConcurrentHashMap<>();
  private final String region;
  private final String account;
  private final Entropy entropy;
  private final TestFunctionRunner runner;

  /** A host whose functions are the Java reproductions. */
  public TestFunctionHost(String region, String account, Entropy entropy) {
    this(region, account, entropy, TestFunctionRunner.REPRODUCTIONS);
  }

  /** A host whose functions run on {@code runner}. */
  public TestFunctionHost(
      String region, String account, Entropy entropy, TestFunctionRunner runner) {
    this.region = region;
    this.account = account;
    this.entropy = entropy;
    this.runner = runner;
  }

  /** A host with every test function registered under its base name, e.g. {@code id_function}. */
  public static TestFunctionHost withEveryFunction(String region, String account, Entropy entropy) {
    TestFunctionHost host = new TestFunctionHost(region, account, entropy);
    for (TestFunction f : TestFunction.values()) {
      host.register(f.baseName(), f);
    }
    return host;
  }

  /** Makes {@code function} answer to {@code name}; returns this host. */
  public TestFunctionHost register(String name, TestFunction function) {
    functions.put(name, function);
    return this;
  }

  /** The unqualified ARN of the function called {@code name} in this host's account and region. */
  public String arnOf(String name) {
    return "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  @Override
  public Invocation invoke(String functionName, String payload) {
    return invoke(functionName, payload, null);
  }

  @Override
  public Invocation invoke(String functionName, String payload, Duration patience) {
    String requestId = entropy.uuid();
    TestFunction function = functions.get(functionName);
    if (function == null) {
      return new Invocation.ServiceError(
          requestId,
          "ResourceNotFoundException",
          404,
          "Function not found: " + arnOf(functionName) + ":$LATEST");
    }
    // Lambda hands an empty payload to the runtime as an empty object.
    boolean empty = payload == null || payload.isBlank();
    Object event;
    try {
      event = empty ? Map.of() : Json.parse(payload);
    } catch (JsonSyntaxException e) {
      return new Invocation.ServiceError(
          requestId,
          "InvalidRequestContentException",
          400,
          "Could not parse request body into json: " + e.getMessage());
    }
    return runner.run(function, event, empty ? "{}" : payload, requestId, patience);
  }
}
