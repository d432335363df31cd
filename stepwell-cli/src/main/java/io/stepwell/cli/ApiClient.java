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
  private final RequestSigner signer = RequestSigner.fromEnvironment();

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
        request(
            "POST",
            endpoint,
            Map.of("Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", target),
            Json.write(request),
            Duration.ofSeconds(90)));
  }

  /** POSTs JSON to one of Stepwell's own routes ({@code stepwell/deploy}, {@code sms/reply}...). */
  Map<String, Object> post(String path, Map<String, Object> request) {
    return send(
        request(
            "POST",
            endpoint.resolve(path),
            Map.of("Content-Type", "application/json"),
            Json.write(request),
            Duration.ofMinutes(5)));
  }

  /** GETs JSON from one of Stepwell's own routes. */
  Map<String, Object> get(String path) {
    return send(request("GET", endpoint.resolve(path), Map.of(), null, Duration.ofSeconds(30)));
  }

  /** A request, signed when credentials are configured (for a server started with --auth). */
  private HttpRequest request(
      String method, URI uri, Map<String, String> headers, String body, Duration timeout) {
    byte[] bytes =
        body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    headers.forEach(b::header);
    if (signer != null) {
      signer.sign(method, uri, headers, bytes).forEach(b::header);
    }
    return b.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes))
        .build();
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
