package io.stepwell.asl.validate;

import java.util.List;

/**
 * AWS's diagnostic codes and the wording of its messages, in one place so each can say where it
 * comes from.
 *
 * <p>Provenance: "recorded" means a case in the conformance corpus ({@code invalid/}) holds the
 * exact text; "reported" means the exact text appears in a public AWS error quoted in an issue
 * tracker (LocalStack, cfn-lint, Floci, statelint); "modelled" means no AWS text was found and the
 * wording follows the nearest reported message. Modelled wording may differ from AWS's.
 */
final class Messages {
  static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
  static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
  static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
  static final String MISSING_END_STATE = "MISSING_END_STATE";
  static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
  static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
  static final String NO_DOLLAR = "NO_DOLLAR";
  static final String PASS_RESULT_IS_STATIC = "PASS_RESULT_IS_STATIC";
  static final String UNSUPPORTED_JSONATA_EXPRESSION = "UNSUPPORTED_JSONATA_EXPRESSION";

  static final List<String> STATE_TYPES =
      List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");

  private Messages() {}

  /** Recorded. */
  static String notAnObject() {
    return "Definition must be a valid JSON object";
  }

  /** Recorded ({@code [States, StartAt]}, {@code [StartAt]}, {@code [States]}). */
  static String required(List<String> fields) {
    return "These fields are required: " + list(fields);
  }

  /** Recorded, for {@code Credentials}. */
  static String requiredButMissing(String field) {
    return "The field '" + field + "' is required but was missing";
  }

  /** Reported (Floci issue 2735, measured on AWS). */
  static String notSupported(String field) {
    return "Field '" + field + "' is not supported";
  }

  /** Reported (LocalStack test quoting AWS, for {@code Type}). */
  static String oneOfValues(String field, List<String> values) {
    return "The field '" + field + "' should have one of these values: " + list(values);
  }

  /** Recorded. */
  static String queryLanguageDowngrade() {
    return "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";
  }

  /** Reported (Floci issue 2968, measured on AWS). */
  static String onlyForOtherLanguage(Language inForce, String field) {
    return "The QueryLanguage is set to '"
        + inForce.text()
        + "', but field '"
        + field
        + "' is only supported for the '"
        + inForce.other().text()
        + "' QueryLanguage";
  }

  /** Reported (pairs that must not both be set). */
  static String onlyOneOf(List<String> fields) {
    return "There should only be one of the following fields: " + list(fields);
  }

  /** Reported (none of a set that needs exactly one). */
  static String exactlyOneOf(List<String> fields) {
    return "This object should have only one of the following fields: " + list(fields);
  }

  /** Reported (cfn-lint issue 4078 quoting CloudFormation). */
  static String invalidPath() {
    return "Value must be a valid JSONPath.";
  }

  /** Reported (several deploy logs). */
  static String invalidDollarValue(String key) {
    return "The value for the field '"
        + key
        + "' must be a valid JSONPath or a valid intrinsic function call";
  }

  /** Reported (LocalStack issue 11978). Choices, Default and Catch targets also say 'Next'. */
  static String missingTarget(String target) {
    return "Missing 'Next' target: " + target;
  }

  /** Reported (LocalStack issue 11978). */
  static String unreachable(String state) {
    return "State \"" + state + "\" is not reachable.";
  }

  /** Reported (Floci issue 2735, measured on AWS). */
  static String noTerminalState() {
    return "Workflow has no terminal state";
  }

  /** Reported (asl-validator issue 69 quoting AWS). */
  static String stateNameTooLong(String name) {
    return "Invalid State name: State '"
        + name
        + "' exceeds the 80-character limit allowed by the service";
  }

  /** Reported (cfn-lint issue 3616, truncated there after the colon). */
  static String duplicateStateName(String name) {
    return "Duplicate State name: " + name;
  }

  /** Recorded ({@code .sync}); the '.waitForTaskToken' text really ends with a space. */
  static String expressUnsupported(String pattern) {
    return "Express state machine does not support '"
        + pattern
        + "' service integration"
        + (pattern.equals(".waitForTaskToken") ? " " : "");
  }

  /** Recorded. */
  static String unknownResource(String resource) {
    return "The resource provided "
        + resource
        + " is not recognized. The value is not a valid resource ARN, or the resource is not"
        + " available in this region.";
  }

  /** Modelled. */
  static String emptyValue() {
    return "Value cannot be empty";
  }

  /** Modelled. */
  static String statesAllNotLast() {
    return "States.ALL must appear alone and at end of list";
  }

  /** Modelled. */
  static String wrongType(String field, String expected) {
    return "The value of the field '" + field + "' must be " + expected;
  }

  /** Modelled. */
  static String jsonataString() {
    return "JSONata string must start with {% and end with %}";
  }

  /**
   * Reported for {@code errorOutput} (Floci's ValidateStateMachineDefinition tests, measured on
   * AWS: {@code Field '$states.errorOutput' does not exist.} at the field holding the expression).
   * The same wording for {@code result} and for fields {@code $states} never has is modelled on it.
   */
  static String statesFieldDoesNotExist(String field) {
    return "Field '$states." + field + "' does not exist.";
  }

  /**
   * Modelled on the state name message; the rule is AWS's (workflow-variables guide, "Variable name
   * syntax": Unicode ID_Start, then ID_Continue).
   */
  static String variableNameNotIdentifier(String name) {
    return "Invalid variable name: Variable '"
        + name
        + "' must start with a Unicode ID_Start character and continue with Unicode ID_Continue"
        + " characters";
  }

  /** Modelled on the state name message; the limit is AWS's ("maximum length ... is 80"). */
  static String variableNameTooLong(String name) {
    return "Invalid variable name: Variable '"
        + name
        + "' exceeds the 80-character limit allowed by the service";
  }

  /** Modelled; the rule is AWS's ("Reserved variable: $states") and the ASL spec's. */
  static String variableNameReserved(String name) {
    return "Invalid variable name: Variable '" + name + "' is reserved";
  }

  /**
   * Modelled; the rule is AWS's ("a variable assigned in an inner scope cannot have the same name
   * as one assigned in an outer scope").
   */
  static String variableAssignedInOuterScope(String name) {
    return "Variable '" + name + "' is already assigned in an outer scope";
  }

  /** Modelled on AWS's guide ("Variables cannot be used in ResultPath."). */
  static String variableInResultPath() {
    return "Variables cannot be used in ResultPath";
  }

  /** AWS's description of the warning code, used as its message. */
  static String noDollar(String key) {
    return "No .$ on a field that appears to be a JSONPath or Intrinsic Function: " + key;
  }

  /** AWS's description of the warning code, used as its message. */
  static String passResultIsStatic() {
    return "Attempt to use a path in the result of a pass state.";
  }

  /** {@code [A, B]}, as AWS lists field names. */
  static String list(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }
}
