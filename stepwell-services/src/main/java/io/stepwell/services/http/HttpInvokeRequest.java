package io.stepwell.services.http;

import io.stepwell.asl.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of an HTTP Task, checked.
 *
 * @param endpoint {@code ApiEndpoint} with {@code QueryParameters} added
 * @param method {@code Method}
 * @param headers {@code Headers}
 * @param body the encoded {@code RequestBody}, or {@code null}
 * @param contentType the body's default content type
 * @param connectionArn {@code Authentication.ConnectionArn}, or {@code null}
 */
record HttpInvokeRequest(
    URI endpoint,
    String method,
    Map<String, String> headers,
    String body,
    String contentType,
    String connectionArn) {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
  // headers an HTTP Task may not set (they are the transport's or the connection's)
  private static final Set<String> FORBIDDEN =
      Set.of(
          "accept-charset",
          "accept-encoding",
          "authorization",
          "connection",
          "content-length",
          "content-md5",
          "date",
          "expect",
          "forwarded",
          "host",
          "max-forwards",
          "origin",
          "proxy-authorization",
          "range",
          "referer",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "user-agent",
          "via");

  static HttpInvokeRequest parse(Object parameters) {
    if (!(parameters instanceof Map<?, ?> raw)) {
      throw HttpTaskFailure.runtime("The HTTP Task parameters must be an object");
    }
    Map<String, Object> p = Json.asObject(raw);
    if (!(p.get("ApiEndpoint") instanceof String endpoint)) {
      throw HttpTaskFailure.runtime("The HTTP Task needs an ApiEndpoint string");
    }
    if (!(p.get("Method") instanceof String method)
        || !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      throw HttpTaskFailure.runtime("The HTTP Task Method must be one of " + METHODS);
    }
    Map<String, Object> transform =
        p.get("Transform") instanceof Map<?, ?> t ? Json.asObject(t) : Map.of();
    String arrayFormat = arrayFormat(transform);
    URI uri = withQuery(endpoint, p.get("QueryParameters"), arrayFormat);
    Map<String, String> headers = headers(p.get("Headers"));
    Object body = p.get("RequestBody");
    String text = null;
    String contentType = null;
    if (body instanceof String s) {
      text = s;
      contentType = "text/plain; charset=UTF-8";
    } else if (body != null && "URL_ENCODED".equals(transform.get("RequestBodyEncoding"))) {
      if (!(body instanceof Map<?, ?> m)) {
        throw HttpTaskFailure.runtime("A URL_ENCODED RequestBody must be an object");
      }
      text = FormEncoder.encode(Json.asObject(m), arrayFormat);
      contentType = "application/x-www-form-urlencoded";
    } else if (body != null) {
      text = Json.write(body);
      contentType = "application/json; charset=UTF-8";
    }
    String connection =
        p.get("Authentication") instanceof Map<?, ?> a && a.get("ConnectionArn") instanceof String c
            ? c
            : null;
    return new HttpInvokeRequest(
        uri, method.toUpperCase(Locale.ROOT), headers, text, contentType, connection);
  }

  private static String arrayFormat(Map<String, Object> transform) {
    if (transform.get("RequestEncodingOptions") instanceof Map<?, ?> o
        && o.get("ArrayFormat") instanceof String f) {
      if (!FormEncoder.ARRAY_FORMATS.contains(f)) {
        throw HttpTaskFailure.runtime("ArrayFormat must be one of " + FormEncoder.ARRAY_FORMATS);
      }
      return f;
    }
    return "INDICES";
  }

  private static URI withQuery(String endpoint, Object query, String arrayFormat) {
    URI uri;
    try {
      uri = new URI(endpoint);
    } catch (URISyntaxException e) {
      throw HttpTaskFailure.runtime("The ApiEndpoint is not a URL: " + endpoint);
    }
    if (uri.getHost() == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw HttpTaskFailure.runtime("The ApiEndpoint must be an http(s) URL: " + endpoint);
    }
    if (query == null) {
      return uri;
    }
    if (!(query instanceof Map<?, ?> q)) {
      throw HttpTaskFailure.runtime("QueryParameters must be an object");
    }
    String encoded = FormEncoder.encode(Json.asObject(q), arrayFormat);
    String sep = uri.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + (encoded.isEmpty() ? "" : sep + encoded));
  }

  private static Map<String, String> headers(Object raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    if (!(raw instanceof Map<?, ?> h)) {
      throw HttpTaskFailure.runtime("Headers must be an object");
    }
    for (Map.Entry<String, Object> e : Json.asObject(h).entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      if (FORBIDDEN.contains(lower)
          || lower.startsWith("x-amz")
          || lower.startsWith("x-forwarded")) {
        throw HttpTaskFailure.runtime("The HTTP Task may not set the header " + e.getKey());
      }
      Object v = e.getValue();
      out.put(
          e.getKey(),
          v instanceof List<?> l
              ? String.join(",", l.stream().map(String::valueOf).toList())
              : v instanceof String s ? s : Json.write(v));
    }
    return out;
  }
}
