package io.stepwell.asl.model;

/**
 * A Task state's {@code Resource}, classified: the kind decides which history events a task
 * produces ({@code LambdaFunction*}, {@code Activity*} or {@code Task*}).
 *
 * @param arn the ARN as written
 * @param kind what it names
 * @param service for a service integration, the service ({@code lambda}, {@code sqs}...)
 * @param action for a service integration, the action without the pattern suffix ({@code invoke})
 * @param pattern the integration pattern
 */
public record Resource(String arn, Kind kind, String service, String action, Pattern pattern) {
  /** What the ARN names. */
  public enum Kind {
    LAMBDA_FUNCTION,
    ACTIVITY,
    SERVICE_INTEGRATION,
    OTHER
  }

  /** How a service integration waits. */
  public enum Pattern {
    REQUEST_RESPONSE(""),
    SYNC(".sync"),
    WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

    private final String suffix;

    Pattern(String suffix) {
      this.suffix = suffix;
    }

    public String suffix() {
      return suffix;
    }
  }

  /** Classifies an ARN. */
  public static Resource parse(String arn) {
    String[] parts = arn.split(":", -1);
    if (parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function")) {
      return new Resource(arn, Kind.LAMBDA_FUNCTION, "lambda", null, Pattern.REQUEST_RESPONSE);
    }
    if (parts.length >= 7 && parts[2].equals("states") && parts[5].equals("activity")) {
      return new Resource(arn, Kind.ACTIVITY, "states", null, Pattern.REQUEST_RESPONSE);
    }
    if (parts.length >= 6 && parts[2].equals("states") && parts[3].isEmpty()) {
      String service = parts[5];
      String action = parts.length > 6 ? parts[6] : "";
      for (int i = 7; i < parts.length; i++) {
        action = action + ":" + parts[i];
      }
      Pattern pattern = Pattern.REQUEST_RESPONSE;
      if (action.endsWith(".waitForTaskToken")) {
        pattern = Pattern.WAIT_FOR_TASK_TOKEN;
      } else if (action.endsWith(".sync") || action.endsWith(".sync:2")) {
        pattern = Pattern.SYNC;
      }
      return new Resource(arn, Kind.SERVICE_INTEGRATION, service, action, pattern);
    }
    return new Resource(arn, Kind.OTHER, null, null, Pattern.REQUEST_RESPONSE);
  }
}
