package io.stepwell.asl.validate;

import java.util.List;
import java.util.Set;

/**
 * The eight state types and the fields each supports in either query language. A field outside its
 * type's set is "not supported"; a field in the set but of the other language is reported as
 * belonging to that language.
 */
// The field sets are built with Set.of, which is immutable.
@SuppressWarnings("ImmutableEnumChecker")
enum StateKind {
  TASK(
      "Task",
      true,
      Set.of(
          "Resource",
          "Parameters",
          "Arguments",
          "ResultPath",
          "ResultSelector",
          "Retry",
          "Catch",
          "TimeoutSeconds",
          "TimeoutSecondsPath",
          "HeartbeatSeconds",
          "HeartbeatSecondsPath",
          "Credentials")),
  PASS("Pass", true, Set.of("Parameters", "Result", "ResultPath")),
  CHOICE("Choice", false, Set.of("Choices", "Default", "Assign", "InputPath", "OutputPath")),
  WAIT("Wait", true, Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")),
  SUCCEED("Succeed", false, Set.of("InputPath", "OutputPath", "Output")),
  FAIL("Fail", false, Set.of("Error", "ErrorPath", "Cause", "CausePath")),
  PARALLEL(
      "Parallel",
      true,
      Set.of(
          "Branches", "Parameters", "Arguments", "ResultPath", "ResultSelector", "Retry", "Catch")),
  MAP(
      "Map",
      true,
      Set.of(
          "Iterator",
          "ItemProcessor",
          "ItemsPath",
          "Items",
          "Parameters",
          "ItemSelector",
          "ItemReader",
          "ItemBatcher",
          "ResultWriter",
          "MaxConcurrency",
          "MaxConcurrencyPath",
          "ToleratedFailureCount",
          "ToleratedFailureCountPath",
          "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath",
          "Label",
          "ResultPath",
          "ResultSelector",
          "Retry",
          "Catch"));

  /** Every state has these. */
  static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");

  /** What a state that moves on to another one has, besides its own fields. */
  static final Set<String> FLOW =
      Set.of("Next", "End", "Assign", "InputPath", "OutputPath", "Output");

  /** Fields that exist only with JSONPath. */
  static final Set<String> JSONPATH_ONLY =
      Set.of(
          "InputPath",
          "OutputPath",
          "ResultPath",
          "ResultSelector",
          "Parameters",
          "Result",
          "ItemsPath",
          "TimeoutSecondsPath",
          "HeartbeatSecondsPath",
          "SecondsPath",
          "TimestampPath",
          "MaxConcurrencyPath",
          "ToleratedFailurePercentagePath",
          "ToleratedFailureCountPath",
          "ErrorPath",
          "CausePath");

  /** Fields that exist only with JSONata. */
  static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");

  private final String type;
  private final boolean flows;
  private final Set<String> own;

  StateKind(String type, boolean flows, Set<String> own) {
    this.type = type;
    this.flows = flows;
    this.own = own;
  }

  String type() {
    return type;
  }

  /** Whether the state must say where to go: exactly one of {@code Next} and {@code End}. */
  boolean flows() {
    return flows;
  }

  /** Whether the state supports the field in one of the query languages. */
  boolean supports(String field) {
    return COMMON.contains(field)
        || own.contains(field)
        || (flows && FLOW.contains(field))
        || (this == CHOICE && field.equals("Output"));
  }

  /** The language a field is restricted to, or {@code null} when both have it. */
  static Language onlyIn(String field) {
    if (JSONPATH_ONLY.contains(field)) {
      return Language.JSONPATH;
    }
    if (JSONATA_ONLY.contains(field)) {
      return Language.JSONATA;
    }
    return null;
  }

  static StateKind of(Object type) {
    for (StateKind k : values()) {
      if (k.type.equals(type)) {
        return k;
      }
    }
    return null;
  }

  static List<String> typeNames() {
    return Messages.STATE_TYPES;
  }
}
