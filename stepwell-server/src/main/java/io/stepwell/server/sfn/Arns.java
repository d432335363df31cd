package io.stepwell.server.sfn;

import io.stepwell.server.AwsException;

/** The ARN checks that come before any lookup, with AWS's {@code InvalidArn} messages. */
final class Arns {
  private Arns() {}

  /** The resource type of an ARN ({@code stateMachine}, {@code execution}...), checked first. */
  static String type(String arn) {
    String[] parts = arn.split(":", -1);
    if (!arn.startsWith("arn:") || parts.length < 7 || !"states".equals(parts[2])) {
      throw new AwsException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }
    return parts[5];
  }

  /** An ARN of one of the given resource types. */
  static String require(String arn, String... types) {
    String type = type(arn);
    for (String t : types) {
      if (t.equals(type)) {
        return type;
      }
    }
    throw notInContext(type);
  }

  static AwsException notInContext(String type) {
    return new AwsException(
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: "
            + type.toLowerCase(java.util.Locale.ROOT)
            + "'");
  }

  /** The state machine ARN without a version number or alias name. */
  static String unqualified(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":", -1);
    return parts.length > 7
        ? stateMachineArn.substring(0, stateMachineArn.lastIndexOf(':'))
        : stateMachineArn;
  }

  /** The version number or alias name of a state machine ARN, or {@code null}. */
  static String qualifier(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":", -1);
    return parts.length > 7 ? parts[parts.length - 1] : null;
  }

  static boolean isVersion(String qualifier) {
    return qualifier != null && qualifier.matches("[0-9]+");
  }
}
