package io.stepwell.testkit.lambda;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.lambda.InvokeResponse;
import io.stepwell.engine.lambda.LambdaResource;
import io.stepwell.testkit.TaskHandler;
import io.stepwell.testkit.TaskRequest;
import io.stepwell.testkit.TaskResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers Task states that call Lambda, as Step Functions does, by invoking functions on a {@link
 * FunctionHost}:
 *
 * <ul>
 *   <li>a function ARN as the resource: the state's parameters are the payload and the function's
 *       return value is the result; a function error fails the task with the error document's
 *       {@code errorType} as the error and the document, as the runtime wrote it, as the cause;
 *   <li>{@code arn:aws:states:::lambda:invoke}: {@code FunctionName} and {@code Payload} come from
 *       the parameters, the result is Lambda's Invoke response ({@link InvokeResponse}), and a
 *       function error's cause is the error document re-serialised compactly, as AWS's SDK does.
 * </ul>
 *
 * Lambda's own refusals become {@code Lambda.<ErrorCode>} errors with the AWS SDK's message format.
 * Every other resource goes to the fallback handler.
 */
public final class LambdaTaskHandler implements TaskHandler {
  private final FunctionHost host;
  private final TaskHandler fallback;
  private final Supplier<Instant> clock;

  /**
   * @param host runs the functions
   * @param fallback answers resources that are not Lambda
   * @param clock the time for the {@code Date} response header
   */
  public LambdaTaskHandler(FunctionHost host, TaskHandler fallback, Supplier<Instant> clock) {
    this.host = host;
    this.fallback = fallback;
    this.clock = clock;
  }

  @Override
  public TaskResult invoke(TaskRequest request) {
    Optional<String> direct = LambdaResource.directFunction(request.resource());
    if (direct.isPresent()) {
      return invokeDirect(direct.get(), request.parameters(), patience(request));
    }
    if (LambdaResource.isInvokeIntegration(request.resource())) {
      return invokeIntegration(request.parameters(), patience(request));
    }
    return fallback.invoke(request);
  }

  private static Duration patience(TaskRequest request) {
    return request.timeoutSeconds() == null ? null : Duration.ofSeconds(request.timeoutSeconds());
  }

  private TaskResult invokeDirect(String function, Object parameters, Duration patience) {
    Invocation invocation = host.invoke(function, Json.write(parameters), patience);
    return switch (invocation) {
      case Invocation.ServiceError e -> serviceError(e);
      case Invocation.Abandoned a -> timedOut(a);
      case Invocation.Completed c when c.functionError() != null ->
          new TaskResult.Failed(errorType(c.payload()), c.payload(), c.took());
      case Invocation.Completed c -> new TaskResult.Succeeded(parsePayload(c.payload()), c.took());
    };
  }

  private TaskResult invokeIntegration(Object parameters, Duration patience) {
    if (!(parameters instanceof Map<?, ?> map) || !(map.get("FunctionName") instanceof String fn)) {
      return new TaskResult.Failed(
          "States.Runtime", "The lambda:invoke parameters need a FunctionName string.");
    }
    Invocation invocation =
        host.invoke(LambdaResource.functionName(fn), requestBody(map), patience);
    return switch (invocation) {
      case Invocation.ServiceError e -> serviceError(e);
      case Invocation.Abandoned a -> timedOut(a);
      case Invocation.Completed c when c.functionError() != null ->
          new TaskResult.Failed(errorType(c.payload()), compact(c.payload()), c.took());
      case Invocation.Completed c ->
          new TaskResult.Succeeded(
              InvokeResponse.of(c.requestId(), c.payload(), parsePayload(c.payload()), clock.get()),
              c.took());
    };
  }

  /** A string Payload is sent as it is (it is already JSON text); any other value is encoded. */
  private static String requestBody(Map<?, ?> parameters) {
    if (!parameters.containsKey("Payload")) {
      return "";
    }
    Object payload = parameters.get("Payload");
    return payload instanceof String text ? text : Json.write(payload);
  }

  /**
   * The state's own timer fires at its TimeoutSeconds, before this answer arrives; the answer only
   * says what Step Functions would report, should anything look at it.
   */
  private static TaskResult timedOut(Invocation.Abandoned a) {
    return new TaskResult.Failed("States.Timeout", null, a.after());
  }

  private static TaskResult serviceError(Invocation.ServiceError e) {
    String cause =
        e.message()
            + " (Service: AWSLambda; Status Code: "
            + e.statusCode()
            + "; Error Code: "
            + e.errorCode()
            + "; Request ID: "
            + e.requestId()
            + "; Proxy: null)";
    return new TaskResult.Failed("Lambda." + e.errorCode(), cause);
  }

  /** The error name of a function error: the document's {@code errorType}. */
  private static String errorType(String errorDocument) {
    try {
      if (Json.parse(errorDocument) instanceof Map<?, ?> doc
          && doc.get("errorType") instanceof String type) {
        return type;
      }
    } catch (JsonSyntaxException e) {
      // Not a document: Step Functions cannot name the error.
    }
    return "Lambda.Unknown";
  }

  private static String compact(String document) {
    try {
      return Json.write(Json.parse(document));
    } catch (JsonSyntaxException e) {
      return document;
    }
  }

  private static Object parsePayload(String payload) {
    try {
      return Json.parse(payload);
    } catch (JsonSyntaxException e) {
      return payload;
    }
  }
}
