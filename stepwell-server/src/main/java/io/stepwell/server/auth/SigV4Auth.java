package io.stepwell.server.auth;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Set;

/**
 * AWS Signature Version 4 verification for every API (Step Functions' AWS JSON and Lambda's REST
 * alike), off unless this feature is added: each request must carry an {@code Authorization} header
 * signed with one of the configured secrets, dated within five minutes of the server's clock.
 * Requests to the exempt paths ({@code /health} by default) pass unsigned.
 *
 * <p>Refusals are AWS's, in the request's protocol: for AWS JSON (HTTP 400) and REST-JSON (403)
 * {@code MissingAuthenticationTokenException} (no {@code Authorization}), {@code
 * IncompleteSignatureException} (a header missing parts), {@code UnrecognizedClientException}
 * (unknown access key), {@code InvalidSignatureException} (wrong signature, or a request time out
 * of the allowed skew); the Query protocol's and S3's own codes ({@code SignatureDoesNotMatch},
 * {@code InvalidClientTokenId}, {@code InvalidAccessKeyId}, {@code RequestTimeTooSkewed}, ...) in
 * their XML shapes. S3's streamed uploads are accepted on their seed signature; the chunk
 * signatures are not checked.
 */
public final class SigV4Auth implements ServerFeature {
  /** How far a request's time may be from the server's, as AWS allows. */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  private final Map<String, String> secrets;
  private final InstantSource clock;
  private final Duration maxSkew;
  private final Set<String> exemptPaths;
  private final String s3Prefix;

  private SigV4Auth(
      Map<String, String> secrets,
      InstantSource clock,
      Duration maxSkew,
      Set<String> exempt,
      String s3Prefix) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("SigV4Auth needs at least one access key.");
    }
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
    this.maxSkew = maxSkew;
    this.exemptPaths = Set.copyOf(exempt);
    this.s3Prefix = s3Prefix;
  }

  /**
   * Verification against these keys.
   *
   * @param secretsByAccessKeyId each access key id with its secret access key
   */
  public static SigV4Auth of(Map<String, String> secretsByAccessKeyId) {
    return new SigV4Auth(
        secretsByAccessKeyId, InstantSource.system(), DEFAULT_MAX_SKEW, Set.of("/health"), "/s3");
  }

  /** The clock request times are compared with. */
  public SigV4Auth withClock(InstantSource value) {
    return new SigV4Auth(secrets, value, maxSkew, exemptPaths, s3Prefix);
  }

  /**
   * The paths that need no signature (exactly these paths), replacing the default {@code /health}.
   */
  public SigV4Auth withExemptPaths(Set<String> value) {
    return new SigV4Auth(secrets, clock, maxSkew, value, s3Prefix);
  }

  /**
   * Where the S3 API lives ({@code /s3} by default, {@code null} for none): its requests are
   * checked with S3's rules (the path signed encoded once, streamed payloads) and refused with S3's
   * XML errors.
   */
  public SigV4Auth withS3Prefix(String value) {
    return new SigV4Auth(secrets, clock, maxSkew, exemptPaths, value);
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    routing.addFilter(
        new SigV4Filter(new SigV4Verifier(secrets, clock, maxSkew), exemptPaths, s3Prefix));
  }
}
