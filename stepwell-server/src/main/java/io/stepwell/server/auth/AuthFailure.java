package io.stepwell.server.auth;

/**
 * A request AWS would refuse before it reaches the service. The {@link Kind} says what is wrong;
 * each protocol names and words it its own way ({@link Refusals}), so the message here is the one
 * the JSON and REST protocols send.
 */
final class AuthFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String INVALID_SIGNATURE_MESSAGE =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  /** What is wrong with the request. */
  enum Kind {
    /** No {@code Authorization} header. */
    MISSING,
    /** The header lacks parts, or the date is malformed. */
    INCOMPLETE,
    /** The access key id is not configured. */
    UNKNOWN_KEY,
    /** The signature is not the one the secret gives. */
    BAD_SIGNATURE,
    /** The request time is outside the allowed skew. */
    SKEWED,
    /** The body does not hash to the declared {@code x-amz-content-sha256}. */
    CONTENT_MISMATCH
  }

  private final Kind kind;

  AuthFailure(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** The error code the AWS JSON and REST-JSON protocols send. */
  String code() {
    return switch (kind) {
      case MISSING -> "MissingAuthenticationTokenException";
      case INCOMPLETE -> "IncompleteSignatureException";
      case UNKNOWN_KEY -> "UnrecognizedClientException";
      case BAD_SIGNATURE, SKEWED, CONTENT_MISMATCH -> "InvalidSignatureException";
    };
  }

  static AuthFailure missingToken(boolean jsonProtocol) {
    return new AuthFailure(
        Kind.MISSING,
        jsonProtocol ? "Request is missing Authentication Token" : "Missing Authentication Token");
  }

  static AuthFailure unrecognizedClient() {
    return new AuthFailure(
        Kind.UNKNOWN_KEY, "The security token included in the request is invalid.");
  }

  static AuthFailure invalidSignature() {
    return new AuthFailure(Kind.BAD_SIGNATURE, INVALID_SIGNATURE_MESSAGE);
  }

  static AuthFailure invalidSignature(String message) {
    return new AuthFailure(Kind.BAD_SIGNATURE, message);
  }

  static AuthFailure skewed(String message) {
    return new AuthFailure(Kind.SKEWED, message);
  }

  static AuthFailure contentMismatch() {
    return new AuthFailure(
        Kind.CONTENT_MISMATCH,
        "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  static AuthFailure incomplete(String message) {
    return new AuthFailure(Kind.INCOMPLETE, message);
  }
}
