package io.stepwell.asl.choice;

import java.util.Map;

/** Placeholder until the choice rules land. */
public final class ChoiceRules {
  private ChoiceRules() {}

  public static ChoiceRule parse(Map<String, Object> rule) {
    return scope -> {
      throw new UnsupportedOperationException(rule.toString());
    };
  }
}
