package io.stepwell.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's AWS Signature Version 4 {@code Authorization} header against the configured
 * secrets, in AWS's order: the header is complete, the access key is known, the request time is
 * within the allowed skew, and the signature is the one the secret gives.
 */
final class SigV4Verifier {
  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String UNSIGNED = "UNSIGNED-PAYLOAD";
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, String> secrets;
  private final InstantSource clock;
  private final Duration maxSkew;

  SigV4Verifier(Map<String, String> secrets, InstantSource clock, Duration maxSkew) {
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
    this.maxSkew = maxSkew;
  }

  /**
   * Returns the access key id the request was signed with.
   *
   * @param jsonProtocol whether the protocol is AWS JSON or Query, which word a missing token
   *     "Request is missing Authentication Token" (REST says "Missing Authentication Token")
   * @throws AuthFailure when AWS would refuse the request
   */
  String verify(SignedRequest req, boolean jsonProtocol) {
    String authorization = req.header("authorization");
    if (authorization == null) {
      throw AuthFailure.missingToken(jsonProtocol);
    }
    String amzDate = req.header("x-amz-date");
    String date = amzDate != null ? amzDate : req.header("date");
    AuthorizationHeader auth = AuthorizationHeader.parse(authorization, date != null);
    String secret = secrets.get(auth.accessKeyId());
    if (secret == null) {
      throw AuthFailure.unrecognizedClient();
    }
    Instant at = requestTime(amzDate, date);
    String basic = AMZ_DATE.format(at);
    if (!auth.date().equals(basic.substring(0, 8))) {
      throw AuthFailure.invalidSignature(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + auth.date()
              + "' != '"
              + basic.substring(0, 8)
              + "', from '"
              + basic
              + "'.");
    }
    checkSkew(at, basic);
    String[] parts = auth.scope().split("/");
    boolean s3 = parts[2].equals("s3");
    String payloadHash = payloadHash(req, s3);
    byte[] key = signingKey(secret, parts[0], parts[1], parts[2]);
    List<CanonicalRequest.PathStyle> styles =
        s3
            ? List.of(CanonicalRequest.PathStyle.S3)
            : req.rawPath().contains("//")
                ? List.of(
                    CanonicalRequest.PathStyle.DOUBLE, CanonicalRequest.PathStyle.DOUBLE_COLLAPSED)
                : List.of(CanonicalRequest.PathStyle.DOUBLE);
    byte[] given;
    try {
      given = HEX.parseHex(auth.signature());
    } catch (IllegalArgumentException e) {
      throw AuthFailure.invalidSignature();
    }
    for (CanonicalRequest.PathStyle style : styles) {
      String canonical = CanonicalRequest.of(req, auth.signedHeaders(), payloadHash, style);
      String toSign =
          AuthorizationHeader.ALGORITHM
              + "\n"
              + basic
              + "\n"
              + auth.scope()
              + "\n"
              + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
      if (MessageDigest.isEqual(hmac(key, toSign), given)) {
        return auth.accessKeyId();
      }
    }
    throw AuthFailure.invalidSignature();
  }

  /**
   * The hash the client signed: its {@code x-amz-content-sha256}, which must match the body unless
   * it says the payload is unsigned or (S3) streamed in signed chunks, whose chunk signatures are
   * not checked here.
   */
  private static String payloadHash(SignedRequest req, boolean s3) {
    String actual = req.bodySha256();
    String declared = req.header("x-amz-content-sha256");
    if (declared == null) {
      return actual;
    }
    if (declared.equals(UNSIGNED) || (s3 && declared.startsWith("STREAMING-"))) {
      return declared;
    }
    if (!declared.equalsIgnoreCase(actual)) {
      throw AuthFailure.contentMismatch();
    }
    return declared;
  }

  private Instant requestTime(String amzDate, String date) {
    try {
      if (amzDate != null) {
        return Instant.from(AMZ_DATE.parse(amzDate));
      }
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw AuthFailure.incomplete(
          "Date must be in ISO-8601 'basic format'. Got '"
              + (amzDate != null ? amzDate : date)
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  private void checkSkew(Instant at, String basic) {
    Instant now = clock.instant();
    long minutes = maxSkew.toMinutes();
    if (at.isBefore(now.minus(maxSkew))) {
      throw AuthFailure.skewed(
          "Signature expired: "
              + basic
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(maxSkew))
              + " ("
              + AMZ_DATE.format(now)
              + " - "
              + minutes
              + " min.)");
    }
    if (at.isAfter(now.plus(maxSkew))) {
      throw AuthFailure.skewed(
          "Signature not yet current: "
              + basic
              + " is still later than "
              + AMZ_DATE.format(now.plus(maxSkew))
              + " ("
              + AMZ_DATE.format(now)
              + " + "
              + minutes
              + " min.)");
    }
  }

  static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    k = hmac(k, region);
    k = hmac(k, service);
    return hmac(k, "aws4_request");
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(byte[] data) {
    return HEX.formatHex(sha256(data));
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
