package io.stepwell.server.metrics;

import io.stepwell.server.AwsJsonApi;

/**
 * The action a request calls, as the label of its latency: the AWS JSON target's action when the
 * server serves that target, the Lambda action a REST path and method name, and a fixed name for
 * anything else, so that no client can make up new label values.
 */
final class ActionNames {
  static final String UNKNOWN = "Unknown";
  private static final String LAMBDA = "/2015-03-31/functions";

  private final AwsJsonApi api;

  ActionNames(AwsJsonApi api) {
    this.api = api;
  }

  String of(String method, String path, String target) {
    if (path.equals("/") && method.equals("POST")) {
      if (target == null || !api.serves(target)) {
        return UNKNOWN;
      }
      return target.substring(target.indexOf('.') + 1);
    }
    if (path.equals("/health")) {
      return "Health";
    }
    if (path.equals("/metrics")) {
      return "Metrics";
    }
    if (path.startsWith(LAMBDA)) {
      return lambda(method, path.substring(LAMBDA.length()));
    }
    return UNKNOWN;
  }

  private static String lambda(String method, String rest) {
    if (rest.isEmpty() || rest.equals("/")) {
      return switch (method) {
        case "GET" -> "ListFunctions";
        case "POST" -> "CreateFunction";
        default -> UNKNOWN;
      };
    }
    String[] parts = rest.substring(1).split("/", -1);
    if (parts.length == 1) {
      return switch (method) {
        case "GET" -> "GetFunction";
        case "DELETE" -> "DeleteFunction";
        default -> UNKNOWN;
      };
    }
    if (parts.length == 2) {
      return switch (method + " " + parts[1]) {
        case "POST invocations" -> "Invoke";
        case "GET configuration" -> "GetFunctionConfiguration";
        case "PUT configuration" -> "UpdateFunctionConfiguration";
        case "PUT code" -> "UpdateFunctionCode";
        default -> UNKNOWN;
      };
    }
    return UNKNOWN;
  }
}
