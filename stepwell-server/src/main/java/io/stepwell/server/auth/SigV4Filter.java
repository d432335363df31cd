package io.stepwell.server.auth;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lets through only requests signed with a configured key, before any route sees them. The body is
 * buffered (its hash is part of the signature) and stays readable for the route. A refusal is
 * worded as AWS words it, in the request's protocol: AWS JSON ({@code POST /} with {@code
 * X-Amz-Target}) answers HTTP 400 with {@code {"__type", "message"}}; REST (Lambda) answers 403
 * with {@code x-amzn-ErrorType} and {@code {"message"}}.
 */
final class SigV4Filter implements Filter {
  private static final HeaderName TARGET = HeaderNames.create("X-Amz-Target");
  private static final HeaderName REQUEST_ID = HeaderNames.create("x-amzn-RequestId");
  private static final HeaderName ERROR_TYPE = HeaderNames.create("x-amzn-ErrorType");

  private final SigV4Verifier verifier;
  private final Set<String> exempt;

  SigV4Filter(SigV4Verifier verifier, Set<String> exempt) {
    this.verifier = verifier;
    this.exempt = Set.copyOf(exempt);
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().rawPath();
    if (exempt.contains(path)) {
      chain.proceed();
      return;
    }
    boolean json = path.equals("/") || req.headers().contains(TARGET);
    try {
      verifier.verify(signed(req), json);
    } catch (AuthFailure f) {
      refuse(res, f, json);
      return;
    }
    chain.proceed();
  }

  private static SignedRequest signed(RoutingRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header h : req.headers()) {
      headers
          .computeIfAbsent(h.headerName().lowerCase(), k -> new ArrayList<>())
          .addAll(h.allValues());
    }
    byte[] body = new byte[0];
    if (req.content().hasEntity()) {
      req.content().buffer();
      try {
        body = req.content().inputStream().readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SignedRequest(
        req.prologue().method().text(),
        req.path().rawPath(),
        req.query().rawValue(),
        headers,
        SigV4Verifier.sha256Hex(body));
  }

  private static void refuse(RoutingResponse res, AuthFailure f, boolean json) {
    Map<String, Object> doc = new LinkedHashMap<>();
    res.header(REQUEST_ID, UUID.randomUUID().toString());
    if (json) {
      doc.put("__type", f.code());
      doc.put("message", f.getMessage());
      res.status(Status.BAD_REQUEST_400);
      res.header(HeaderNames.CONTENT_TYPE, "application/x-amz-json-1.0");
    } else {
      doc.put("message", f.getMessage());
      res.status(Status.FORBIDDEN_403);
      res.header(ERROR_TYPE, f.code());
      res.header(HeaderNames.CONTENT_TYPE, "application/json");
    }
    res.send(Json.write(doc).getBytes(StandardCharsets.UTF_8));
  }
}
