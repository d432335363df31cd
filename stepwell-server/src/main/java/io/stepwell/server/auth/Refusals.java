package io.stepwell.server.auth;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.RoutingResponse;
import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An {@link AuthFailure} answered as the request's protocol answers it: AWS JSON (Step Functions,
 * DynamoDB) with HTTP 400 and {@code {"__type", "message"}}; REST-JSON (Lambda) with 403, {@code
 * x-amzn-ErrorType} and {@code {"message"}}; the Query protocol (SNS) with an XML {@code
 * ErrorResponse}; S3 with its XML {@code Error} and its own codes.
 */
final class Refusals {
  private static final HeaderName REQUEST_ID = HeaderNames.create("x-amzn-RequestId");
  private static final HeaderName ERROR_TYPE = HeaderNames.create("x-amzn-ErrorType");

  /** The protocols a request can speak. */
  enum Protocol {
    JSON,
    REST_JSON,
    QUERY,
    S3
  }

  private Refusals() {}

  static void send(RoutingResponse res, AuthFailure f, Protocol protocol, boolean head) {
    String requestId = UUID.randomUUID().toString();
    res.header(REQUEST_ID, requestId);
    String body;
    switch (protocol) {
      case JSON -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("__type", f.code());
        doc.put("message", f.getMessage());
        res.status(Status.BAD_REQUEST_400);
        res.header(HeaderNames.CONTENT_TYPE, "application/x-amz-json-1.0");
        body = Json.write(doc);
      }
      case REST_JSON -> {
        res.status(Status.FORBIDDEN_403);
        res.header(ERROR_TYPE, f.code());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        body = Json.write(Map.of("message", f.getMessage()));
      }
      case QUERY -> {
        res.status(
            f.kind() == AuthFailure.Kind.INCOMPLETE
                ? Status.BAD_REQUEST_400
                : Status.FORBIDDEN_403);
        res.header(HeaderNames.CONTENT_TYPE, "text/xml");
        body =
            "<ErrorResponse><Error><Type>Sender</Type><Code>"
                + queryCode(f)
                + "</Code><Message>"
                + xml(f.getMessage())
                + "</Message></Error><RequestId>"
                + requestId
                + "</RequestId></ErrorResponse>";
      }
      case S3 -> {
        res.status(
            f.kind() == AuthFailure.Kind.INCOMPLETE || f.kind() == AuthFailure.Kind.CONTENT_MISMATCH
                ? Status.BAD_REQUEST_400
                : Status.FORBIDDEN_403);
        res.header(HeaderNames.CONTENT_TYPE, "application/xml");
        body =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
                + s3Code(f)
                + "</Code><Message>"
                + xml(s3Message(f))
                + "</Message><RequestId>"
                + requestId
                + "</RequestId></Error>";
      }
      default -> throw new IllegalStateException("unknown protocol " + protocol);
    }
    if (head) {
      res.send();
    } else {
      res.send(body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String queryCode(AuthFailure f) {
    return switch (f.kind()) {
      case MISSING -> "MissingAuthenticationToken";
      case INCOMPLETE -> "IncompleteSignature";
      case UNKNOWN_KEY -> "InvalidClientTokenId";
      case BAD_SIGNATURE, SKEWED, CONTENT_MISMATCH -> "SignatureDoesNotMatch";
    };
  }

  private static String s3Code(AuthFailure f) {
    return switch (f.kind()) {
      case MISSING -> "AccessDenied";
      case INCOMPLETE -> "AuthorizationHeaderMalformed";
      case UNKNOWN_KEY -> "InvalidAccessKeyId";
      case BAD_SIGNATURE -> "SignatureDoesNotMatch";
      case SKEWED -> "RequestTimeTooSkewed";
      case CONTENT_MISMATCH -> "XAmzContentSHA256Mismatch";
    };
  }

  private static String s3Message(AuthFailure f) {
    return switch (f.kind()) {
      case MISSING -> "Access Denied";
      case UNKNOWN_KEY -> "The AWS Access Key Id you provided does not exist in our records.";
      case BAD_SIGNATURE ->
          "The request signature we calculated does not match the signature you provided. Check"
              + " your key and signing method.";
      case SKEWED -> "The difference between the request time and the current time is too large.";
      case INCOMPLETE, CONTENT_MISMATCH -> f.getMessage();
    };
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
