package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import java.util.List;

/** {@code And}: every nested rule holds; evaluation stops at the first that does not. */
record AndRule(List<ChoiceRule> rules) implements ChoiceRule {
  AndRule {
    rules = List.copyOf(rules);
  }

  @Override
  public boolean matches(DataScope scope) {
    for (ChoiceRule rule : rules) {
      if (!rule.matches(scope)) {
        return false;
      }
    }
    return true;
  }
}
