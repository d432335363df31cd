package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;

/**
 * A type test such as {@code {"Variable": "$.x", "IsString": true}}: holds when the test's result
 * equals {@code expected}. Only {@code IsPresent} tolerates a variable path that selects nothing.
 */
record TypeTest(JsonPathExpr variable, TypeCheck check, boolean expected) implements ChoiceRule {
  @Override
  public boolean matches(DataScope scope) {
    Object value =
        check == TypeCheck.IS_PRESENT
            ? variable.read(scope)
            : ConditionPaths.readRequired(variable, scope);
    return check.test(value) == expected;
  }
}
