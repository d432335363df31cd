package io.stepwell.services.http;

import io.stepwell.asl.json.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named connections, as EventBridge keeps them, for {@code Authentication.ConnectionArn}: the ARN
 * {@code arn:aws:events:<region>:<account>:connection/<name>/<id>} names one by its {@code <name>}.
 *
 * <p>{@link #fromJson} reads EventBridge's {@code CreateConnection} shapes keyed by name:
 *
 * <pre>{@code
 * {"stripe": {"AuthorizationType": "API_KEY",
 *             "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "Authorization",
 *                                                         "ApiKeyValue": "Bearer sk_test"}}},
 *  "legacy": {"AuthorizationType": "BASIC",
 *             "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}},
 *  "crm":    {"AuthorizationType": "OAUTH_CLIENT_CREDENTIALS",
 *             "AuthParameters": {"OAuthParameters": {
 *                "AuthorizationEndpoint": "https://auth.example.com/token", "HttpMethod": "POST",
 *                "ClientParameters": {"ClientID": "id", "ClientSecret": "secret"},
 *                "OAuthHttpParameters": {"BodyParameters": [{"Key": "scope", "Value": "read"}]}}}}}
 * }</pre>
 */
public final class HttpConnections {
  private final Map<String, HttpConnection> byName;

  private HttpConnections(Map<String, HttpConnection> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** No connections. */
  public static HttpConnections none() {
    return new HttpConnections(Map.of());
  }

  /** These connections, by name. */
  public static HttpConnections of(Map<String, HttpConnection> byName) {
    return new HttpConnections(byName);
  }

  /**
   * Reads connections from JSON (see the class comment).
   *
   * @throws IllegalArgumentException naming the connection and member that is wrong
   */
  public static HttpConnections fromJson(String json) {
    Map<String, HttpConnection> out = new LinkedHashMap<>();
    Json.asObject(Json.parse(json)).forEach((name, doc) -> out.put(name, parse(name, doc)));
    return new HttpConnections(out);
  }

  /** The connection an ARN (or a bare name) names. */
  public Optional<HttpConnection> find(String connectionArn) {
    return Optional.ofNullable(byName.get(nameOf(connectionArn)));
  }

  /** The name in {@code arn:...:connection/<name>/<id>}, or the text itself when it is no ARN. */
  static String nameOf(String arn) {
    int at = arn.indexOf(":connection/");
    if (at < 0) {
      return arn;
    }
    String rest = arn.substring(at + ":connection/".length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  private static HttpConnection parse(String name, Object doc) {
    Map<String, Object> d = object(name, doc, "the connection");
    Map<String, Object> auth = object(name, d.get("AuthParameters"), "AuthParameters");
    String type = String.valueOf(d.get("AuthorizationType"));
    return switch (type) {
      case "API_KEY" -> {
        Map<String, Object> p =
            object(name, auth.get("ApiKeyAuthParameters"), "ApiKeyAuthParameters");
        yield new HttpConnection.ApiKey(text(name, p, "ApiKeyName"), text(name, p, "ApiKeyValue"));
      }
      case "BASIC" -> {
        Map<String, Object> p =
            object(name, auth.get("BasicAuthParameters"), "BasicAuthParameters");
        yield new HttpConnection.Basic(text(name, p, "Username"), text(name, p, "Password"));
      }
      case "OAUTH_CLIENT_CREDENTIALS" -> {
        Map<String, Object> p = object(name, auth.get("OAuthParameters"), "OAuthParameters");
        Map<String, Object> client = object(name, p.get("ClientParameters"), "ClientParameters");
        Map<String, String> body = new LinkedHashMap<>();
        if (p.get("OAuthHttpParameters") instanceof Map<?, ?> http
            && http.get("BodyParameters") instanceof List<?> params) {
          for (Object o : params) {
            Map<String, Object> kv = object(name, o, "BodyParameters");
            body.put(text(name, kv, "Key"), text(name, kv, "Value"));
          }
        }
        yield new HttpConnection.OAuthClientCredentials(
            URI.create(text(name, p, "AuthorizationEndpoint")),
            text(name, client, "ClientID"),
            text(name, client, "ClientSecret"),
            body);
      }
      default ->
          throw new IllegalArgumentException(
              "connection "
                  + name
                  + ": AuthorizationType must be API_KEY, BASIC or"
                  + " OAUTH_CLIENT_CREDENTIALS, not "
                  + type);
    };
  }

  private static Map<String, Object> object(String name, Object v, String what) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("connection " + name + ": " + what + " must be an object");
    }
    return Json.asObject(m);
  }

  private static String text(String name, Map<String, Object> m, String member) {
    if (!(m.get(member) instanceof String s)) {
      throw new IllegalArgumentException(
          "connection " + name + ": " + member + " must be a string");
    }
    return s;
  }
}
