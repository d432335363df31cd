package io.stepwell.server.lambda;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The REST-JSON protocol as Lambda speaks it: JSON bodies, errors named in a header. */
final class RestJson {
  static final HeaderName REQUEST_ID = HeaderNames.create("x-amzn-RequestId");
  static final HeaderName ERROR_TYPE = HeaderNames.create("x-amzn-ErrorType");
  static final String JSON = "application/json";

  private RestJson() {}

  /** Answers {@code status} with {@code body} as JSON ({@code null}: no body). */
  static void send(ServerResponse res, int status, Object body, String requestId) {
    res.status(Status.create(status));
    res.header(REQUEST_ID, requestId);
    if (body == null) {
      res.send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, JSON);
    res.send(Json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  /** Answers with Lambda's error shape. */
  static void error(ServerResponse res, LambdaException e, String requestId) {
    Map<String, Object> doc = new LinkedHashMap<>();
    if (e.reason() != null) {
      doc.put("Reason", e.reason());
    }
    doc.put("Type", "User");
    doc.put(e.messageMember(), e.getMessage());
    res.header(ERROR_TYPE, e.code());
    send(res, e.status(), doc, requestId);
  }

  /** The request body as a JSON object; an empty body is an empty object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> body(ServerRequest req) {
    byte[] bytes = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    if (bytes.length == 0) {
      return Map.of();
    }
    Object parsed;
    try {
      parsed = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonSyntaxException e) {
      throw LambdaException.invalidContent(String.valueOf(e.getMessage()));
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw LambdaException.invalidContent("the body must be a JSON object.");
    }
    return (Map<String, Object>) map;
  }
}
