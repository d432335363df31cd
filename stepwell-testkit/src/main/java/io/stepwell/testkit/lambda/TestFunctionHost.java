package io.stepwell.testkit.lambda;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FunctionHost} that runs {@link TestFunction}s registered under names, in one account and
 * region. Request ids come from an {@link Entropy}, so a seeded host answers the same every run.
 */
public final class TestFunctionHost implements FunctionHost {
  private final Map<String, TestFunction> functions = new ConcurrentHashMap<>();
  private final String region;
  private final String account;
  private final Entropy entropy;

  public TestFunctionHost(String region, String account, Entropy entropy) {
    this.region = region;
    this.account = account;
    this.entropy = entropy;
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
    String requestId = entropy.uuid();
    TestFunction function = functions.get(functionName);
    if (function == null) {
      return new Invocation.ServiceError(
          requestId,
          "ResourceNotFoundException",
          404,
          "Function not found: " + arnOf(functionName) + ":$LATEST");
    }
    Object event;
    try {
      // Lambda hands an empty payload to the runtime as an empty object.
      event = payload == null || payload.isBlank() ? Map.of() : Json.parse(payload);
    } catch (JsonSyntaxException e) {
      return new Invocation.ServiceError(
          requestId,
          "InvalidRequestContentException",
          400,
          "Could not parse request body into json: " + e.getMessage());
    }
    TestFunction.Reply reply = function.handle(event, requestId);
    return new Invocation.Completed(
        requestId, reply.payload(), reply.functionError(), reply.took());
  }
}
