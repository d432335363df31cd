package io.stepwell.asl.validate;

import java.util.List;

/** Shorthands for the unit tests: definitions written with single quotes, expected findings. */
final class Check {
  private Check() {}

  /** JSON written with single quotes, for readable definitions in tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A machine whose only states are the given ones (single-quoted), starting at {@code A}. */
  static String machine(String states) {
    return json("{'StartAt':'A','States':{" + states + "}}");
  }

  static List<Diagnostic> errors(String definition) {
    return errors(definition, Validator.STANDARD);
  }

  static List<Diagnostic> errors(String definition, String type) {
    return Validator.validate(definition, type).stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .toList();
  }

  static Diagnostic schema(String message, String location) {
    return error("SCHEMA_VALIDATION_FAILED", message, location);
  }

  static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(Diagnostic.Severity.ERROR, code, message, location);
  }
}
