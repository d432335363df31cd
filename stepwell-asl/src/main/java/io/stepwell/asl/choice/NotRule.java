package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;

/** {@code Not}: the nested rule does not hold. An error inside it is not negated: it propagates. */
record NotRule(ChoiceRule rule) implements ChoiceRule {
  @Override
  public boolean matches(DataScope scope) {
    return !rule.matches(scope);
  }
}
