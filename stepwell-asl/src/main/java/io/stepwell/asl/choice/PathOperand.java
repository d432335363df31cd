package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import java.util.Optional;

/** The operand of a {@code ...Path} operator: the value at a path, read on every evaluation. */
record PathOperand(JsonPathExpr path) implements Operand {
  @Override
  public Optional<Object> resolve(DataScope scope, ComparisonOperator operator) {
    return operator.prepareOperand(ConditionPaths.readRequired(path, scope));
  }
}
