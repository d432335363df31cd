package io.stepwell.server.lambda;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lambda's {@code Invoke}: {@code RequestResponse} waits for the function and answers its result (a
 * function error is a 200 with {@code X-Amz-Function-Error}); {@code Event} answers 202 and runs
 * the function on its own thread; {@code DryRun} only checks that the function exists (204).
 */
final class InvokeAction {
  private static final Logger LOG = Logger.getLogger(InvokeAction.class.getName());
  static final HeaderName INVOCATION_TYPE = HeaderNames.create("X-Amz-Invocation-Type");
  static final HeaderName LOG_TYPE = HeaderNames.create("X-Amz-Log-Type");
  static final HeaderName FUNCTION_ERROR = HeaderNames.create("X-Amz-Function-Error");
  static final HeaderName LOG_RESULT = HeaderNames.create("X-Amz-Log-Result");
  static final HeaderName EXECUTED_VERSION = HeaderNames.create("X-Amz-Executed-Version");

  private final FunctionHost host;
  private final FunctionCatalog catalog;
  private final InstantSource clock;

  InvokeAction(FunctionHost host, FunctionCatalog catalog, InstantSource clock) {
    this.host = host;
    this.catalog = catalog;
    this.clock = clock;
  }

  void handle(ServerRequest req, ServerResponse res, String name, String requestId) {
    FunctionRef ref =
        FunctionRef.parse(
            name, req.query().first("Qualifier").orElse(null), host.region(), host.accountId());
    String type = req.headers().first(INVOCATION_TYPE).orElse("RequestResponse");
    if (!type.equals("RequestResponse") && !type.equals("Event") && !type.equals("DryRun")) {
      throw LambdaException.validation(
          "Value '"
              + type
              + "' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [Event, RequestResponse, DryRun]");
    }
    String logType = req.headers().first(LOG_TYPE).orElse("None");
    if (!logType.equals("None") && !logType.equals("Tail")) {
      throw LambdaException.validation(
          "Value '"
              + logType
              + "' at 'logType' failed to satisfy constraint: Member must satisfy enum value set:"
              + " [Tail, None]");
    }
    FunctionCatalog.Entry entry =
        catalog
            .find(ref.name())
            .filter(e -> ref.isLatest())
            .orElseThrow(() ->
                LambdaException.notFound(
                    ref.isLatest()
                        ? new FunctionRef(ref.name(), FunctionRef.LATEST)
                            .arn(host.region(), host.accountId())
                        : ref.arn(host.region(), host.accountId())));
    byte[] body = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    switch (type) {
      case "DryRun" -> {
        res.status(Status.NO_CONTENT_204);
        res.header(RestJson.REQUEST_ID, requestId);
        res.send();
      }
      case "Event" -> {
        requireJson(body);
        String name0 = ref.name();
        Thread.ofVirtual()
            .name("stepwell-async-invoke")
            .start(() -> invokeAsync(name0, body, requestId));
        res.status(Status.ACCEPTED_202);
        res.header(RestJson.REQUEST_ID, requestId);
        res.send();
      }
      default -> answer(res, entry, body, requestId, logType.equals("Tail"));
    }
  }

  private void answer(
      ServerResponse res, FunctionCatalog.Entry entry, byte[] body, String id, boolean tail) {
    Invocation invocation =
        host.invoke(
            entry.config().name(), Payload.of(body), InvokeOptions.defaults().withRequestId(id));
    if (invocation instanceof Invocation.ServiceError e) {
      throw new LambdaException(e.errorCode(), e.statusCode(), e.message(), e.reason());
    }
    res.status(Status.OK_200);
    res.header(RestJson.REQUEST_ID, invocation.requestId());
    res.header(HeaderNames.CONTENT_TYPE, RestJson.JSON);
    res.header(EXECUTED_VERSION, FunctionRef.LATEST);
    if (tail) {
      res.header(
          LOG_RESULT, TailLog.tail(TailLog.text(invocation, entry.config(), clock.instant())));
    }
    switch (invocation) {
      case Invocation.Success s -> res.send(s.payload().bytes());
      case Invocation.FunctionError f -> {
        res.header(FUNCTION_ERROR, f.functionError());
        res.send(f.payload().bytes());
      }
      case Invocation.ServiceError e -> throw new IllegalStateException("handled above");
    }
  }

  private void invokeAsync(String name, byte[] body, String requestId) {
    try {
      Invocation result =
          host.invoke(name, Payload.of(body), InvokeOptions.defaults().withRequestId(requestId));
      if (!(result instanceof Invocation.Success)) {
        LOG.info(() -> "asynchronous invocation of " + name + " ended with " + result);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "asynchronous invocation of " + name + " failed", e);
    }
  }

  /** Lambda refuses an {@code Event} whose payload is not JSON before queueing it. */
  private static void requireJson(byte[] body) {
    if (body.length == 0) {
      return;
    }
    try {
      Json.parse(new String(body, StandardCharsets.UTF_8));
    } catch (JsonSyntaxException e) {
      throw new LambdaException(
          "InvalidRequestContentException",
          400,
          "Could not parse request body into json: Could not parse payload into json: "
              + e.getMessage());
    }
  }
}
