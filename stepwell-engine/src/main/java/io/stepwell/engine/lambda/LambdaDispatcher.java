package io.stepwell.engine.lambda;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.TaskDispatcher;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;

/**
 * Task states that call Lambda, answered by functions on a {@link FunctionHost}, as Step Functions
 * answers them: a function ARN gets the function's return value as the result; {@code
 * arn:aws:states:::lambda:invoke} gets Lambda's Invoke response; a function error fails the task
 * with the error document's {@code errorType}; Lambda's refusals are {@code Lambda.<ErrorCode>}.
 */
public final class LambdaDispatcher implements TaskDispatcher {
  private final FunctionHost host;
  private final InstantSource clock;

  public LambdaDispatcher(FunctionHost host, InstantSource clock) {
    this.host = host;
    this.clock = clock;
  }

  /** Whether a resource ARN calls Lambda. */
  public static boolean serves(String resource) {
    return LambdaResource.directFunction(resource).isPresent()
        || LambdaResource.isInvokeIntegration(resource);
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation task) {
    Optional<String> direct = LambdaResource.directFunction(task.resource());
    if (direct.isPresent()) {
      Invocation invocation = invoke(direct.get(), Json.write(task.parameters()));
      return switch (invocation) {
        case Invocation.ServiceError e -> serviceError(e);
        case Invocation.FunctionError f ->
            new TaskOutcome.Failed(f.errorType(), f.payload().utf8());
        case Invocation.Success s -> new TaskOutcome.Succeeded(parse(s.payload().utf8()));
      };
    }
    if (!(task.parameters() instanceof Map<?, ?> map)
        || !(map.get("FunctionName") instanceof String function)) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The lambda:invoke parameters need a FunctionName string.");
    }
    Object payload = map.get("Payload");
    String body =
        !map.containsKey("Payload") ? "" : payload instanceof String s ? s : Json.write(payload);
    Invocation invocation = invoke(LambdaResource.functionName(function), body);
    return switch (invocation) {
      case Invocation.ServiceError e -> serviceError(e);
      case Invocation.FunctionError f ->
          new TaskOutcome.Failed(f.errorType(), compact(f.payload().utf8()));
      case Invocation.Success s ->
          new TaskOutcome.Succeeded(
              InvokeResponse.of(
                  s.requestId(), s.payload().utf8(), parse(s.payload().utf8()), clock.instant()));
    };
  }

  private Invocation invoke(String function, String body) {
    return host.invoke(
        function, Payload.of(body.getBytes(StandardCharsets.UTF_8)), InvokeOptions.defaults());
  }

  private static TaskOutcome serviceError(Invocation.ServiceError e) {
    return new TaskOutcome.Failed(
        "Lambda." + e.errorCode(),
        e.message()
            + " (Service: AWSLambda; Status Code: "
            + e.statusCode()
            + "; Error Code: "
            + e.errorCode()
            + "; Request ID: "
            + e.requestId()
            + "; Proxy: null)");
  }

  private static Object parse(String text) {
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      return text;
    }
  }

  private static String compact(String document) {
    try {
      return Json.write(Json.parse(document));
    } catch (JsonSyntaxException e) {
      return document;
    }
  }
}
