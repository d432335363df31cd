package io.stepwell.asl.validate;

import java.util.List;

/**
 * A definition that cannot run. Its message is the one AWS's {@code CreateStateMachine} gives in an
 * {@code InvalidDefinition} error.
 */
public final class InvalidDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public InvalidDefinitionException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The findings, errors first. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
