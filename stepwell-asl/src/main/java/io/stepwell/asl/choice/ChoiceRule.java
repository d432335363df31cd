package io.stepwell.asl.choice;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.path.DataScope;

/**
 * One Choice rule in JSONPath mode, parsed by {@link ChoiceRules#parse}: a comparison of the value
 * at {@code Variable} with a literal or with the value at another path, a type test ({@code
 * IsNull}, {@code IsPresent}...), or an {@code And}, {@code Or} or {@code Not} of nested rules.
 */
public sealed interface ChoiceRule permits Comparison, TypeTest, AndRule, OrRule, NotRule {
  /**
   * Whether the rule holds for the scope. A value of the wrong type for the operator does not
   * match.
   *
   * @throws StatesFailure {@code States.Runtime} when {@code Variable} (other than under {@code
   *     IsPresent}) or a {@code ...Path} operand selects nothing
   */
  boolean matches(DataScope scope);
}
