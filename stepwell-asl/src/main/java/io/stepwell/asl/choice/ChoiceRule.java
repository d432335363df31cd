package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;

/** Placeholder until the choice rules land. */
public interface ChoiceRule {
  boolean matches(DataScope scope);
}
