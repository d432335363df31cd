package io.stepwell.server.deploy;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import io.stepwell.serverless.HttpTrigger;
import io.stepwell.serverless.ServerlessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /stepwell/deploy} ({@code {"path": ..., "options": {"stage": ...}}}) and the http
 * events of deployed projects at {@code /STAGE/PATH}, answered as API Gateway's Step Functions
 * integration does (the body is the execution's input; the answer is StartExecution's). Register it
 * after every other feature: its http events take any path the others leave.
 */
public final class DeployFeature implements ServerFeature {
  private final Deployments deployments;

  public DeployFeature(Deployments deployments) {
    this.deployments = deployments;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    routing.post("/stepwell/deploy", this::deploy);
    routing.any(
        "/*",
        (req, res) -> {
          String path = req.path().path();
          Optional<HttpTrigger> trigger = deployments.http(req.prologue().method().text(), path);
          if (trigger.isEmpty()) {
            res.next();
            return;
          }
          start(trigger.get(), req, res, parts);
        });
  }

  private void deploy(ServerRequest req, ServerResponse res) {
    Map<String, Object> body;
    try {
      body = Json.asObject(Json.parse(req.content().as(String.class)));
    } catch (RuntimeException e) {
      send(res, 400, error("SerializationException", "the body must be a JSON object"));
      return;
    }
    if (!(body.get("path") instanceof String path)) {
      send(res, 400, error("ValidationException", "path (the project folder) is required"));
      return;
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (body.get("options") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
    }
    try {
      send(res, 200, Reports.json(deployments.deploy(Path.of(path), options, System.getenv())));
    } catch (ServerlessException e) {
      send(res, 400, error("InvalidProject", e.getMessage()));
    } catch (EngineException e) {
      send(res, 400, error(e.code(), e.getMessage()));
    } catch (java.nio.file.InvalidPathException e) {
      send(res, 400, error("ValidationException", "not a path: " + path));
    }
  }

  private static void start(
      HttpTrigger trigger, ServerRequest req, ServerResponse res, ServerParts parts) {
    String body = req.content().hasEntity() ? req.content().as(String.class) : "";
    String input = body.isBlank() ? "{}" : body;
    try {
      Map<String, Object> out = new LinkedHashMap<>();
      if ("StartSyncExecution".equals(trigger.action())) {
        ExecutionRecord done =
            parts
                .engine()
                .startSyncExecution(trigger.stateMachineArn(), null, input, Duration.ofMinutes(5));
        out.put("executionArn", done.arn());
        out.put("status", done.status());
        if (done.output() != null) {
          out.put("output", done.output());
        }
        if (done.error() != null) {
          out.put("error", done.error());
          out.put("cause", done.cause());
        }
      } else {
        ExecutionRecord started =
            parts.engine().startExecution(trigger.stateMachineArn(), null, input);
        out.put("executionArn", started.arn());
        out.put("startDate", started.startDate().toEpochMilli() / 1000.0);
      }
      send(res, 200, out);
    } catch (EngineException e) {
      send(res, 400, error(e.code(), e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(res, 503, error("ServiceUnavailable", "the server is stopping"));
    }
  }

  private static Map<String, Object> error(String type, String message) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("__type", type);
    doc.put("message", message);
    return doc;
  }

  private static void send(ServerResponse res, int status, Object body) {
    res.status(Status.create(status));
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(Json.write(body).getBytes(StandardCharsets.UTF_8));
  }
}
