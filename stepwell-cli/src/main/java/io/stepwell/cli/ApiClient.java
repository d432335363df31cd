package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Talks AWS JSON 1.0 to a Stepwell server (or anything that speaks the Step Functions API). */
final class ApiClient {
  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ApiClient(String endpoint) {
    try {
      this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    } catch (IllegalArgumentException e) {
      throw new UsageError("--endpoint is not a URL: " + endpoint);
    }
    if (this.endpoint.getScheme() == null || this.endpoint.getHost() == null) {
      throw new UsageError("--endpoint must look like http://127.0.0.1:8083: " + endpoint);
    }
  }

  /** Calls a Step Functions action; an AWS error becomes an {@link ApiError}. */
  Map<String, Object> call(String action, Map<String, Object> request) {
    return callService("AWSStepFunctions." + action, request);
  }

  /** Calls an action of any AWS JSON 1.0 service ({@code DynamoDB_20120810.GetItem}...). */
  Map<String, Object> callService(String target, Map<String, Object> request) {
    return send(
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(90))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", target)
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(request)))
            .build());
  }

  /** POSTs JSON to one of Stepwell's own routes ({@code stepwell/deploy}, {@code sms/reply}...). */
  Map<String, Object> post(String path, Map<String, Object> request) {
    return send(
        HttpRequest.newBuilder(endpoint.resolve(path))
            .timeout(Duration.ofSeconds(300))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(request)))
            .build());
  }

  /** GETs JSON from one of Stepwell's own routes. */
  Map<String, Object> get(String path) {
    return send(
        HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(30)).build());
  }

  /** Whether a server answers at the endpoint. */
  boolean reachable() {
    try {
      HttpResponse<Void> res =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return res.statusCode() < 500;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> send(HttpRequest req) {
    HttpResponse<String> res;
    try {
      res = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new UsageError(
          "cannot reach Stepwell at " + endpoint + " (is `stepwell serve` running?)");
    } catch (IOException e) {
      throw new UsageError("cannot talk to " + endpoint + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageError("interrupted");
    }
    Object body;
    try {
      body = res.body().isEmpty() ? Map.of() : Json.parse(res.body());
    } catch (RuntimeException e) {
      throw new UsageError(endpoint + " answered HTTP " + res.statusCode() + " with no JSON");
    }
    if (res.statusCode() != 200) {
      Map<String, Object> err = body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      Object named =
          err.containsKey("__type")
              ? err.get("__type")
              : err.containsKey("Type") ? err.get("Type") : err.get("error");
      String type = named == null ? "HTTP " + res.statusCode() : String.valueOf(named);
      Object message = err.containsKey("message") ? err.get("message") : err.get("Message");
      throw new ApiError(
          type.substring(type.indexOf('#') + 1), message == null ? null : String.valueOf(message));
    }
    return (Map<String, Object>) body;
  }

  /** An error the server answered with: exit code 1, printed as {@code Type: message}. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String type;

    ApiError(String type, String message) {
      super(message, null, false, false);
      this.type = type;
    }
  }
}
