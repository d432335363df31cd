package io.stepwell.asl.validate;

import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;

/** Placeholder until the validator lands: parses, and checks only that it is an object. */
public final class Validator {
  private Validator() {}

  public static List<Diagnostic> validate(String definitionText) {
    return List.of();
  }

  public static Map<String, Object> requireValid(String definitionText, String type) {
    Object parsed = Json.parse(definitionText);
    if (!(parsed instanceof Map<?, ?>)) {
      throw new InvalidDefinitionException("Invalid State Machine Definition", List.of());
    }
    return Json.asObject(parsed);
  }
}
