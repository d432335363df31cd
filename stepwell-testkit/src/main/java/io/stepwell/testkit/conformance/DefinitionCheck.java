package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.validate.Diagnostic;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.asl.validate.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code invalid/} case: what AWS's {@code ValidateStateMachineDefinition} answered, or what
 * {@code CreateStateMachine} refused, compared with Stepwell's validator.
 */
final class DefinitionCheck {
  private DefinitionCheck() {}

  /** The first difference from AWS's answer, or empty when Stepwell answers the same. */
  static Optional<String> compare(ConformanceCase c) {
    Map<String, Object> expected = c.expected();
    Object textValue = c.document().get("definition_text");
    String text = textValue instanceof String s ? s : Json.write(c.definition());
    String type = c.stateMachineType();
    if ("ValidateStateMachineDefinition".equals(c.document().get("api"))) {
      return diagnostics(Validator.validate(text, type), expected);
    }
    if (!"InvalidDefinition".equals(expected.get("error"))) {
      return Optional.of(
          "not a definition check (AWS answered "
              + expected.get("error")
              + "): nothing to compare");
    }
    try {
      Validator.requireValid(text, type);
      return Optional.of(
          "/message: expected " + expected.get("message") + ", got a valid definition");
    } catch (InvalidDefinitionException e) {
      String got = e.getMessage().replace("arn:aws:", "arn:<partition>:");
      return got.equals(expected.get("message"))
          ? Optional.empty()
          : Optional.of("/message: expected " + expected.get("message") + ", got " + got);
    }
  }

  /** Whether the case is about a definition at all (some are about logging or names). */
  static boolean isAboutTheDefinition(ConformanceCase c) {
    return "ValidateStateMachineDefinition".equals(c.document().get("api"))
        || "InvalidDefinition".equals(c.expected().get("error"));
  }

  private static Optional<String> diagnostics(
      List<Diagnostic> diagnostics, Map<String, Object> expected) {
    List<Map<String, Object>> got = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code());
      if (d.location() != null) {
        m.put("location", d.location());
      }
      m.put("message", d.message());
      m.put("severity", d.severity().name());
      got.add(m);
    }
    boolean fails = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    String result = fails ? "FAIL" : "OK";
    if (!result.equals(expected.get("result"))) {
      return Optional.of("/result: expected " + expected.get("result") + ", got " + result);
    }
    if (!Json.valueEquals(got, expected.get("diagnostics"))) {
      return Optional.of(
          "/diagnostics: expected "
              + Json.write(expected.get("diagnostics"))
              + ", got "
              + Json.write(got));
    }
    return Optional.empty();
  }
}
