package io.stepwell.services.http;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Client-credentials tokens, fetched when needed and kept until shortly before they expire. */
final class OAuthTokens {
  private record Token(String value, Instant expires) {}

  private final HttpClient http;
  private final InstantSource clock;
  private final Map<HttpConnection.OAuthClientCredentials, Token> cache = new ConcurrentHashMap<>();

  OAuthTokens(HttpClient http, InstantSource clock) {
    this.http = http;
    this.clock = clock;
  }

  String token(HttpConnection.OAuthClientCredentials c, Duration timeout) {
    Token cached = cache.get(c);
    if (cached != null && clock.instant().isBefore(cached.expires())) {
      return cached.value();
    }
    StringBuilder form = new StringBuilder("grant_type=client_credentials");
    c.bodyParameters()
        .forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
    String basic = c.clientId() + ":" + c.clientSecret();
    HttpRequest request =
        HttpRequest.newBuilder(c.authorizationEndpoint())
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build();
    try {
      HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() / 100 == 2
          && Json.parse(res.body()) instanceof Map<?, ?> doc
          && doc.get("access_token") instanceof String token) {
        long seconds = doc.get("expires_in") instanceof Number n ? n.longValue() : 3600;
        cache.put(c, new Token(token, clock.instant().plusSeconds(Math.max(0, seconds - 30))));
        return token;
      }
      throw failure("the authorization endpoint answered HTTP " + res.statusCode());
    } catch (IOException | RuntimeException e) {
      throw e instanceof HttpTaskFailure f ? f : failure(String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("interrupted");
    }
  }

  private static HttpTaskFailure failure(String why) {
    return new HttpTaskFailure(
        "Events.ConnectionResource.InvalidConnectionState",
        "The OAuth token request of the connection failed: " + why);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
