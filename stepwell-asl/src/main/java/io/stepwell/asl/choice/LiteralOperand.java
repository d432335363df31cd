package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import java.util.Optional;

/** A literal operand, prepared once at parse time by {@link ComparisonOperator#prepareLiteral}. */
record LiteralOperand(Object prepared) implements Operand {
  @Override
  public Optional<Object> resolve(DataScope scope, ComparisonOperator operator) {
    return Optional.of(prepared);
  }
}
