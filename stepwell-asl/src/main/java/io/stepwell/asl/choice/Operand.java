package io.stepwell.asl.choice;

import io.stepwell.asl.path.DataScope;
import java.util.Optional;

/** The right-hand side of a comparison: a literal, or the value at a {@code ...Path} operand. */
sealed interface Operand permits LiteralOperand, PathOperand {
  /**
   * The operand in the operator's comparable form, or empty when the value at a path is of another
   * type (the comparison is then false).
   */
  Optional<Object> resolve(DataScope scope, ComparisonOperator operator);
}
