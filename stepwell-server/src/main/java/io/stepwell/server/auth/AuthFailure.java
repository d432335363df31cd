package io.stepwell.server.auth;

/**
 * A request AWS would refuse before it reaches the service, with AWS's error code and message. The
 * HTTP status depends on the protocol (400 for AWS JSON, 403 for REST), so it is not here.
 */
final class AuthFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String INVALID_SIGNATURE_MESSAGE =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  private final String code;

  AuthFailure(String code, String message) {
    super(message);
    this.code = code;
  }

  /** AWS's error code, e.g. {@code InvalidSignatureException}. */
  String code() {
    return code;
  }

  static AuthFailure missingToken(boolean jsonProtocol) {
    return new AuthFailure(
        "MissingAuthenticationTokenException",
        jsonProtocol ? "Request is missing Authentication Token" : "Missing Authentication Token");
  }

  static AuthFailure unrecognizedClient() {
    return new AuthFailure(
        "UnrecognizedClientException", "The security token included in the request is invalid.");
  }

  static AuthFailure invalidSignature() {
    return new AuthFailure("InvalidSignatureException", INVALID_SIGNATURE_MESSAGE);
  }

  static AuthFailure invalidSignature(String message) {
    return new AuthFailure("InvalidSignatureException", message);
  }

  static AuthFailure incomplete(String message) {
    return new AuthFailure("IncompleteSignatureException", message);
  }
}
