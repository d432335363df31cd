package io.stepwell.services.http;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.TaskDispatcher;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code arn:aws:states:::http:invoke}. The result is {@code {"Headers": {name: [values]},
 * "ResponseBody": JSON when the answer is JSON else text, "StatusCode", "StatusText"}}; an answer
 * that is not 2xx fails with {@code States.Http.StatusCode.<code>} and that document as JSON text
 * for the cause; a timeout or connection failure with {@code States.Http.Socket}; an unknown
 * connection with {@code Events.ConnectionResource.ResourceNotFound}; a host off the allow-list
 * with {@code States.Runtime} naming the host and {@link HttpInvokeConfig#ALLOW_OPTION}. Unlike
 * Step Functions, {@code http://} endpoints and calls without a connection are accepted (local
 * services rarely have TLS or credentials).
 */
public final class HttpTaskDispatcher implements TaskDispatcher {
  /** The resource this dispatcher serves (route it by this prefix). */
  public static final String RESOURCE = "arn:aws:states:::http:invoke";

  private final HttpInvokeConfig config;
  private final HttpClient http;
  private final OAuthTokens tokens;

  public HttpTaskDispatcher(HttpInvokeConfig config, InstantSource clock) {
    this.config = config;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.tokens = new OAuthTokens(http, clock);
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation task) {
    if (!task.resource().equals(RESOURCE)) {
      return new TaskOutcome.Failed(
          "States.Runtime", "Stepwell serves http:invoke only, not " + task.resource());
    }
    try {
      return call(HttpInvokeRequest.parse(task.parameters()));
    } catch (HttpTaskFailure f) {
      return new TaskOutcome.Failed(f.error(), f.getMessage());
    }
  }

  private TaskOutcome call(HttpInvokeRequest r) {
    String host = r.endpoint().getHost();
    if (!config.allows(host)) {
      throw HttpTaskFailure.runtime(
          "The HTTP Task may not call "
              + host
              + ": the host is not on the allow-list (add it with "
              + HttpInvokeConfig.ALLOW_OPTION
              + " "
              + host
              + ")");
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(r.endpoint()).timeout(config.timeout());
    r.headers().forEach(b::header);
    if (r.body() != null
        && r.headers().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("content-type"))) {
      b.header("Content-Type", r.contentType());
    }
    authorize(b, r.connectionArn());
    b.method(
        r.method(),
        r.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(r.body()));
    HttpResponse<String> res;
    try {
      res = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new HttpTaskFailure(
          "States.Http.Socket", "The HTTP request to " + host + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpTaskFailure("States.Http.Socket", "The HTTP request was interrupted");
    }
    Map<String, Object> out = result(res);
    if (res.statusCode() / 100 != 2) {
      return new TaskOutcome.Failed("States.Http.StatusCode." + res.statusCode(), Json.write(out));
    }
    return new TaskOutcome.Succeeded(out);
  }

  private void authorize(HttpRequest.Builder b, String connectionArn) {
    if (connectionArn == null) {
      return;
    }
    HttpConnection c =
        config
            .connections()
            .find(connectionArn)
            .orElseThrow(() ->
                new HttpTaskFailure(
                    "Events.ConnectionResource.ResourceNotFound",
                    "No connection named "
                        + HttpConnections.nameOf(connectionArn)
                        + " is configured"));
    switch (c) {
      case HttpConnection.ApiKey k -> b.setHeader(k.header(), k.value());
      case HttpConnection.Basic basic ->
          b.setHeader(
              "Authorization",
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString(
                          (basic.username() + ":" + basic.password())
                              .getBytes(StandardCharsets.UTF_8)));
      case HttpConnection.OAuthClientCredentials o ->
          b.setHeader("Authorization", "Bearer " + tokens.token(o, config.timeout()));
    }
  }

  private static Map<String, Object> result(HttpResponse<String> res) {
    Map<String, Object> headers = new LinkedHashMap<>();
    res.headers()
        .map()
        .forEach((k, v) -> {
          if (!k.startsWith(":")) {
            headers.put(k, new ArrayList<Object>(v));
          }
        });
    Object body = res.body();
    String type = res.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("json") && !res.body().isEmpty()) {
      try {
        body = Json.parse(res.body());
      } catch (JsonSyntaxException e) {
        body = res.body();
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Headers", headers);
    out.put("ResponseBody", body);
    out.put("StatusCode", res.statusCode());
    out.put("StatusText", StatusTexts.of(res.statusCode()));
    return out;
  }
}
