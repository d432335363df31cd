package io.stepwell.server;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The AWS JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target: <Service>.<Action>}, a JSON
 * body, and errors as HTTP 400 with {@code {"__type": ..., "message": ...}}. Services register
 * their actions under their target prefix (Step Functions: {@code AWSStepFunctions}).
 */
public final class AwsJsonApi {
  private static final Logger LOG = Logger.getLogger(AwsJsonApi.class.getName());
  static final HeaderName TARGET = HeaderNames.create("X-Amz-Target");
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final Map<String, JsonAction> actions = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicReference<io.helidon.webserver.http.Handler>
      queryProtocol = new java.util.concurrent.atomic.AtomicReference<>();

  /** Registers {@code action} for the target {@code service.name}. */
  public void register(String service, String name, JsonAction action) {
    if (actions.putIfAbsent(service + "." + name, action) != null) {
      throw new IllegalStateException("action registered twice: " + service + "." + name);
    }
  }

  /** Whether some action is registered under the target. */
  public boolean serves(String target) {
    return actions.containsKey(target);
  }

  /**
   * Sends the form-encoded requests of {@code POST /} (the AWS Query protocol, which SNS speaks:
   * {@code Content-Type: application/x-www-form-urlencoded}, {@code Action=...}) to {@code
   * handler}; JSON requests still go to the registered actions.
   */
  public void registerQueryProtocol(io.helidon.webserver.http.Handler handler) {
    if (!queryProtocol.compareAndSet(null, handler)) {
      throw new IllegalStateException("a Query protocol handler is registered already");
    }
  }

  /** Handles one HTTP request. */
  public void handle(ServerRequest req, ServerResponse res) {
    io.helidon.webserver.http.Handler query = queryProtocol.get();
    if (query != null && isForm(req)) {
      try {
        query.handle(req, res);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("the Query protocol handler failed", e);
      }
      return;
    }
    String target = req.headers().first(TARGET).orElse("");
    byte[] body = req.content().as(byte[].class);
    Answer answer = answer(target, body);
    res.status(Status.create(answer.status()));
    res.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE);
    res.header(HeaderNames.create("x-amzn-RequestId"), io.stepwell.engine.Ids.uuid());
    res.send(answer.body());
  }

  /** The HTTP status and body that answer a request (public for callers without HTTP). */
  public Answer answer(String target, byte[] body) {
    try {
      JsonAction action = actions.get(target);
      if (action == null) {
        throw new AwsException("UnknownOperationException", null);
      }
      Map<String, Object> request = request(body);
      Object response = action.handle(request);
      return new Answer(
          200, Json.write(response == null ? Map.of() : response).getBytes(StandardCharsets.UTF_8));
    } catch (AwsException e) {
      return error(e.status(), e.type(), e.getMessage());
    } catch (EngineException e) {
      return error(400, e.code(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(503, "ServiceUnavailable", "The server is stopping");
    } catch (StoreException e) {
      LOG.log(Level.WARNING, "store failure on " + target, e);
      return error(500, "InternalFailure", "The store failed: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected failure on " + target, e);
      return error(500, "InternalFailure", "An internal error occurred: " + e);
    }
  }

  private static boolean isForm(ServerRequest req) {
    return req.headers()
        .first(HeaderNames.CONTENT_TYPE)
        .map(t ->
            t.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> request(byte[] body) {
    if (body.length == 0) {
      return Map.of();
    }
    Object parsed;
    try {
      parsed = Json.parse(new String(body, StandardCharsets.UTF_8));
    } catch (JsonSyntaxException e) {
      throw new AwsException(
          "SerializationException", "Start of structure or map found where not expected.");
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new AwsException(
          "SerializationException", "Start of structure or map found where not expected.");
    }
    return (Map<String, Object>) map;
  }

  private static Answer error(int status, String type, String message) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("__type", type);
    if (message != null) {
      doc.put("message", message);
    }
    return new Answer(status, Json.write(doc).getBytes(StandardCharsets.UTF_8));
  }

  /** A response: HTTP status and JSON body. */
  @SuppressWarnings(
      "ArrayRecordComponent") // bytes handed to the socket as they are, never compared
  public record Answer(int status, byte[] body) {}
}
