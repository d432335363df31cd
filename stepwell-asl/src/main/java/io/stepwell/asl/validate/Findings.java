package io.stepwell.asl.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while the checks walk a definition; errors are listed before warnings. */
final class Findings {
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  void error(String code, String message, Location at) {
    errors.add(
        new Diagnostic(Diagnostic.Severity.ERROR, code, message, at == null ? null : at.text()));
  }

  /** The most common finding: the definition does not fit the language's schema. */
  void schema(String message, Location at) {
    error(Messages.SCHEMA_VALIDATION_FAILED, message, at);
  }

  void warning(String code, String message, Location at) {
    warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, code, message, at.text()));
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<Diagnostic> all() {
    List<Diagnostic> out = new ArrayList<>(errors);
    out.addAll(warnings);
    return List.copyOf(out);
  }
}
