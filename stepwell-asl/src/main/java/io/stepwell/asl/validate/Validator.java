package io.stepwell.asl.validate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a state machine definition as AWS Step Functions does, before anything runs.
 *
 * <p>{@link #validate} answers like {@code ValidateStateMachineDefinition}: a list of diagnostics,
 * errors first, never an exception. {@link #requireValid} answers like {@code CreateStateMachine}:
 * the parsed definition, or an {@link InvalidDefinitionException} carrying AWS's {@code
 * InvalidDefinition} message.
 *
 * <p>The checks run in AWS's order: the text must be a JSON object; then the schema (fields, their
 * types, the query language, paths and intrinsic calls, resources); then, only when the schema
 * holds, the transitions between states.
 */
public final class Validator {
  /** The state machine type whose rules apply when none is given. */
  public static final String STANDARD = "STANDARD";

  /** The state machine type that forbids {@code .sync} and {@code .waitForTaskToken}. */
  public static final String EXPRESS = "EXPRESS";

  private Validator() {}

  /** Validates a STANDARD state machine definition. */
  public static List<Diagnostic> validate(String definitionText) {
    return validate(definitionText, STANDARD);
  }

  /**
   * Validates a definition for a state machine of the given type ({@code STANDARD} or {@code
   * EXPRESS}); never throws.
   */
  public static List<Diagnostic> validate(String definitionText, String type) {
    Findings findings = new Findings();
    run(definitionText, type, findings);
    return findings.all();
  }

  /**
   * The parsed definition, when it is valid for a state machine of the given type.
   *
   * @throws InvalidDefinitionException with AWS's message, e.g. {@code Invalid State Machine
   *     Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'}
   */
  public static Map<String, Object> requireValid(String definitionText, String type) {
    Findings findings = new Findings();
    Map<String, Object> definition = run(definitionText, type, findings);
    List<Diagnostic> all = findings.all();
    List<Diagnostic> errors =
        all.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new InvalidDefinitionException(message(errors), all);
    }
    return definition;
  }

  /** AWS's {@code InvalidDefinition} message: each finding as {@code CODE: message at location}. */
  static String message(List<Diagnostic> errors) {
    return errors.stream()
        .map(d -> d.code() + ": " + d.message() + " at " + d.location())
        .collect(Collectors.joining(", ", "Invalid State Machine Definition: '", "'"));
  }

  private static Map<String, Object> run(String text, String type, Findings findings) {
    Map<String, Object> definition = DefinitionText.parse(text, findings);
    if (definition == null) {
      return null;
    }
    DuplicateStateNames.scan(text, findings);
    Walk walk = new Walk(findings, EXPRESS.equals(type));
    ContainerChecks.checkMachine(definition, walk);
    if (!findings.hasErrors()) {
      GraphChecks.check(walk);
      VariableScopes.check(definition, walk);
    }
    return definition;
  }
}
