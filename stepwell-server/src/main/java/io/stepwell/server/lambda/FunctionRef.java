package io.stepwell.server.lambda;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function as a request names it: Lambda accepts a name ({@code my-function}), a name with a
 * qualifier ({@code my-function:$LATEST}), a partial ARN ({@code
 * 123456789012:function:my-function}) or a full ARN, plus an optional {@code Qualifier} parameter.
 *
 * @param name the function's name
 * @param qualifier the version or alias, or {@code null} for none
 */
record FunctionRef(String name, String qualifier) {
  /** The only version functions have here (nothing is published). */
  static final String LATEST = "$LATEST";

  /** Lambda's pattern for {@code NamespacedFunctionName}, quoted in its validation errors. */
  private static final String AWS_PATTERN =
      "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
          + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?";

  private static final Pattern NAME =
      Pattern.compile(
          "(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?"
              + "(?:(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d):)?"
              + "(?:(?<account>\\d{12}):)?(?:function:)?"
              + "(?<name>[a-zA-Z0-9_.-]+)"
              + "(?::(?<qualifier>\\$LATEST(?:\\.PUBLISHED)?|[a-zA-Z0-9_-]+))?");

  private static final Pattern QUALIFIER =
      Pattern.compile("\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");

  /**
   * Reads a {@code FunctionName} and {@code Qualifier} the way Lambda does, and checks that the ARN
   * (if any) is of this region and account.
   *
   * @throws LambdaException {@code ValidationException} for a value Lambda's model refuses, {@code
   *     InvalidParameterValueException} when the name's qualifier and the parameter differ, {@code
   *     ResourceNotFoundException} for another region or account
   */
  static FunctionRef parse(String functionName, String qualifier, String region, String account) {
    if (functionName == null || functionName.isEmpty()) {
      throw LambdaException.validation(
          "Value null at 'functionName' failed to satisfy constraint: Member must not be null");
    }
    if (functionName.length() > 256) {
      throw LambdaException.validation(
          "Value '"
              + functionName
              + "' at 'functionName' failed to satisfy constraint: Member must have length less"
              + " than or equal to 256");
    }
    Matcher m = NAME.matcher(functionName);
    if (!m.matches()) {
      throw LambdaException.validation(
          "Value '"
              + functionName
              + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: "
              + AWS_PATTERN);
    }
    if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
      throw LambdaException.validation(
          "Value '"
              + qualifier
              + "' at 'qualifier' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: \\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");
    }
    String derived = m.group("qualifier");
    if (derived != null && qualifier != null && !derived.equals(qualifier)) {
      throw LambdaException.invalidParameter(
          "The derived qualifier from the function name does not match the specified qualifier.");
    }
    FunctionRef ref = new FunctionRef(m.group("name"), derived != null ? derived : qualifier);
    String arnRegion = m.group("region");
    if (arnRegion != null && !arnRegion.equals(region)) {
      throw new LambdaException(
          "ResourceNotFoundException",
          404,
          "Functions from '" + arnRegion + "' are not reachable in this region ('" + region + "')");
    }
    String arnAccount = m.group("account");
    if (arnAccount != null && !arnAccount.equals(account)) {
      throw LambdaException.notFound(ref.arn(region, arnAccount));
    }
    return ref;
  }

  /** The ARN with the qualifier when there is one, as Lambda names the function in errors. */
  String arn(String region, String account) {
    String arn = "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
    return qualifier == null ? arn : arn + ":" + qualifier;
  }

  /** Whether the qualifier names a version this server has ({@code $LATEST}, or none). */
  boolean isLatest() {
    return qualifier == null || qualifier.equals(LATEST);
  }
}
