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
 * <p>Refusals are AWS's: {@code MissingAuthenticationTokenException} (no {@code Authorization}),
 * {@code IncompleteSignatureException} (a header missing parts), {@code
 * UnrecognizedClientException} (unknown access key), {@code InvalidSignatureException} (wrong
 * signature, or a request time out of the allowed skew); HTTP 400 for AWS JSON, 403 for REST.
 */
public final class SigV4Auth implements ServerFeature {
  /** How far a request's time may be from the server's, as AWS allows. */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  private final Map<String, String> secrets;
  private final InstantSource clock;
  private final Duration maxSkew;
  private final Set<String> exemptPaths;

  private SigV4Auth(
      Map<String, String> secrets, InstantSource clock, Duration maxSkew, Set<String> exempt) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("SigV4Auth needs at least one access key.");
    }
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
    this.maxSkew = maxSkew;
    this.exemptPaths = Set.copyOf(exempt);
  }

  /**
   * Verification against these keys.
   *
   * @param secretsByAccessKeyId each access key id with its secret access key
   */
  public static SigV4Auth of(Map<String, String> secretsByAccessKeyId) {
    return new SigV4Auth(
        secretsByAccessKeyId, InstantSource.system(), DEFAULT_MAX_SKEW, Set.of("/health"));
  }

  /** The clock request times are compared with. */
  public SigV4Auth withClock(InstantSource value) {
    return new SigV4Auth(secrets, value, maxSkew, exemptPaths);
  }

  /**
   * The paths that need no signature (exactly these paths), replacing the default {@code /health}.
   */
  public SigV4Auth withExemptPaths(Set<String> value) {
    return new SigV4Auth(secrets, clock, maxSkew, value);
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    routing.addFilter(new SigV4Filter(new SigV4Verifier(secrets, clock, maxSkew), exemptPaths));
  }
}
