package io.stepwell.server.auth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Signature Version 4's canonical request, built from the request as it arrived. Every service but
 * S3 signs the path encoded once more than it was sent, with dot segments removed; S3 signs it
 * encoded once, as it is. The query's parameters are decoded, encoded strictly and sorted; each
 * signed header's values are trimmed, their inner runs of spaces collapsed, and joined with commas.
 */
final class CanonicalRequest {
  /** How the path is canonicalized. */
  enum PathStyle {
    /** Encoded again, dot segments removed (the AWS SDKs for Java and others). */
    DOUBLE,
    /** As {@link #DOUBLE}, empty segments dropped too (botocore: the AWS CLI, Python). */
    DOUBLE_COLLAPSED,
    /** S3: decoded and encoded once, nothing removed. */
    S3
  }

  private CanonicalRequest() {}

  /**
   * The canonical request.
   *
   * @param style how the path is canonicalized
   */
  static String of(
      SignedRequest req, List<String> signedHeaders, String payloadHash, PathStyle style) {
    StringBuilder out = new StringBuilder(256);
    out.append(req.method()).append('\n');
    out.append(canonicalUri(req.rawPath(), style)).append('\n');
    out.append(canonicalQuery(req.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      out.append(name).append(':').append(headerValue(req, name)).append('\n');
    }
    out.append('\n');
    out.append(String.join(";", signedHeaders)).append('\n');
    out.append(payloadHash);
    return out.toString();
  }

  static String canonicalUri(String rawPath, PathStyle style) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    return switch (style) {
      case S3 -> UriEncoding.encode(UriEncoding.decode(path), true);
      case DOUBLE -> UriEncoding.encode(removeDotSegments(path, false), true);
      case DOUBLE_COLLAPSED -> UriEncoding.encode(removeDotSegments(path, true), true);
    };
  }

  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String param : rawQuery.split("&")) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      String key = eq < 0 ? param : param.substring(0, eq);
      String value = eq < 0 ? "" : param.substring(eq + 1);
      pairs.add(
          new String[] {
            UriEncoding.encode(UriEncoding.decode(key), false),
            UriEncoding.encode(UriEncoding.decode(value), false)
          });
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> joined = new ArrayList<>(pairs.size());
    for (String[] p : pairs) {
      joined.add(p[0] + "=" + p[1]);
    }
    return String.join("&", joined);
  }

  private static String headerValue(SignedRequest req, String name) {
    List<String> values = req.headers().get(name);
    if (values == null) {
      return "";
    }
    List<String> trimmed = new ArrayList<>(values.size());
    for (String v : values) {
      trimmed.add(v.strip().replaceAll(" +", " "));
    }
    return String.join(",", trimmed);
  }

  /** RFC 3986's dot-segment removal on a path that stays percent-encoded. */
  private static String removeDotSegments(String path, boolean collapseSlashes) {
    Deque<String> out = new ArrayDeque<>();
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".")) {
        if (last) {
          out.addLast("");
        }
      } else if (s.equals("..")) {
        out.pollLast();
        if (last) {
          out.addLast("");
        }
      } else if (!s.isEmpty() || !collapseSlashes || last) {
        out.addLast(s);
      }
    }
    return "/" + String.join("/", out);
  }
}
