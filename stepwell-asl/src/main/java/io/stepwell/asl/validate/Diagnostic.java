package io.stepwell.asl.validate;

/**
 * One finding about a definition, in the shape of AWS's {@code ValidateStateMachineDefinition}.
 *
 * @param severity {@code ERROR} or {@code WARNING}
 * @param code AWS's code, e.g. {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET}
 * @param message AWS's wording
 * @param location a JSON pointer into the definition, e.g. {@code /States/Pass/Next}
 */
public record Diagnostic(Severity severity, String code, String message, String location) {
  /** How bad a finding is. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
