package io.stepwell.asl.choice;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import java.util.Map;

/** Builds rules and scopes from JSON text, for the hand-written tests. */
final class Rules {
  private Rules() {}

  static ChoiceRule rule(String json) {
    return ChoiceRules.parse(Json.asObject(Json.parse(json)));
  }

  static DataScope scope(String inputJson) {
    return DataScope.of(Json.parse(inputJson), Map.of());
  }

  static boolean matches(String ruleJson, String inputJson) {
    return rule(ruleJson).matches(scope(inputJson));
  }
}
