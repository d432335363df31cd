package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import java.util.Optional;

/**
 * A comparison such as {@code {"Variable": "$.n", "NumericLessThan": 3}} or its {@code ...Path}
 * form. Both sides are read before their types are looked at, so a missing operand path is an error
 * even when the variable is of the wrong type.
 */
record Comparison(JsonPathExpr variable, ComparisonOperator operator, Operand operand)
    implements ChoiceRule {
  @Override
  public boolean matches(DataScope scope) {
    Object value = ConditionPaths.readRequired(variable, scope);
    Optional<Object> right = operand.resolve(scope, operator);
    return right.isPresent() && operator.test(value, right.get());
  }
}
