package io.stepwell.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the CLI's requests with AWS Signature Version 4, for a server started with {@code --auth}.
 * The key comes from {@code STEPWELL_ACCESS_KEY_ID}/{@code STEPWELL_SECRET_ACCESS_KEY}, else {@code
 * AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} (or the system properties {@code
 * stepwell.accessKeyId}/{@code stepwell.secretAccessKey}); without one, requests go unsigned.
 */
record RequestSigner(String accessKeyId, String secret, String region) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  static RequestSigner fromEnvironment() {
    String id = first("STEPWELL_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "stepwell.accessKeyId");
    String secret =
        first("STEPWELL_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "stepwell.secretAccessKey");
    return id == null || secret == null ? null : new RequestSigner(id, secret, "us-east-1");
  }

  private static String first(String env, String awsEnv, String property) {
    String v = System.getenv(env);
    if (v == null || v.isBlank()) {
      v = System.getenv(awsEnv);
    }
    if (v == null || v.isBlank()) {
      v = System.getProperty(property);
    }
    return v == null || v.isBlank() ? null : v;
  }

  /**
   * The headers to add: {@code X-Amz-Date}, {@code X-Amz-Content-Sha256}, {@code Authorization}.
   */
  Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
    try {
      String amzDate = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
      String day = amzDate.substring(0, 8);
      String payloadHash = hex(sha256(body));
      TreeMap<String, String> signed = new TreeMap<>();
      headers.forEach((k, v) -> signed.put(k.toLowerCase(java.util.Locale.ROOT), v.strip()));
      signed.put("host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
      signed.put("x-amz-date", amzDate);
      signed.put("x-amz-content-sha256", payloadHash);
      StringBuilder canonicalHeaders = new StringBuilder();
      signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
      String signedHeaders = String.join(";", signed.keySet());
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String canonical =
          method
              + "\n"
              + path
              + "\n"
              + canonicalQuery(uri.getRawQuery())
              + "\n"
              + canonicalHeaders
              + "\n"
              + signedHeaders
              + "\n"
              + payloadHash;
      String scope = day + "/" + region + "/states/aws4_request";
      String toSign =
          "AWS4-HMAC-SHA256\n"
              + amzDate
              + "\n"
              + scope
              + "\n"
              + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
      byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
      key = hmac(key, region);
      key = hmac(key, "states");
      key = hmac(key, "aws4_request");
      String signature = hex(hmac(key, toSign));
      return Map.of(
          "X-Amz-Date",
          amzDate,
          "X-Amz-Content-Sha256",
          payloadHash,
          "Authorization",
          "AWS4-HMAC-SHA256 Credential="
              + accessKeyId
              + "/"
              + scope
              + ", SignedHeaders="
              + signedHeaders
              + ", Signature="
              + signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks SHA-256 or HmacSHA256", e);
    }
  }

  private static String canonicalQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      sorted.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    StringBuilder out = new StringBuilder();
    sorted.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=').append(v));
    return out.toString();
  }

  private static byte[] sha256(byte[] data) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256").digest(data);
  }

  private static byte[] hmac(byte[] key, String data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
