package io.stepwell.server.auth;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets through only requests signed with a configured key, before any route sees them. The body is
 * buffered (its hash is part of the signature) and stays readable for the route. A refusal is
 * answered in the request's protocol ({@link Refusals}).
 */
final class SigV4Filter implements Filter {
  private static final HeaderName TARGET = HeaderNames.create("X-Amz-Target");

  private final SigV4Verifier verifier;
  private final Set<String> exempt;
  private final String s3Prefix;

  SigV4Filter(SigV4Verifier verifier, Set<String> exempt, String s3Prefix) {
    this.verifier = verifier;
    this.exempt = Set.copyOf(exempt);
    this.s3Prefix = s3Prefix;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().rawPath();
    if (exempt.contains(path)) {
      chain.proceed();
      return;
    }
    Refusals.Protocol protocol = protocolOf(req, path);
    try {
      verifier.verify(
          signed(req), protocol == Refusals.Protocol.JSON || protocol == Refusals.Protocol.QUERY);
    } catch (AuthFailure f) {
      Refusals.send(res, f, protocol, req.prologue().method().text().equals("HEAD"));
      return;
    }
    chain.proceed();
  }

  private Refusals.Protocol protocolOf(RoutingRequest req, String path) {
    if (s3Prefix != null && (path.equals(s3Prefix) || path.startsWith(s3Prefix + "/"))) {
      return Refusals.Protocol.S3;
    }
    if (req.headers().contains(TARGET)) {
      return Refusals.Protocol.JSON;
    }
    if (path.equals("/")) {
      boolean form =
          req.headers()
              .first(HeaderNames.CONTENT_TYPE)
              .map(t -> t.startsWith("application/x-www-form-urlencoded"))
              .orElse(false);
      return form ? Refusals.Protocol.QUERY : Refusals.Protocol.JSON;
    }
    return Refusals.Protocol.REST_JSON;
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
}
