package io.stepwell.server.auth;

import java.util.List;
import java.util.Map;

/**
 * What a signature covers, as it arrived: the method, the path and query exactly as sent (still
 * percent-encoded), the headers by lower-case name, and the body's SHA-256 in hex.
 */
record SignedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    String bodySha256) {

  /** The first value of a header, or {@code null}. */
  String header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
