package io.stepwell.services.dynamodb;

import java.util.List;

/** A condition, filter or key condition expression, one record per construct. */
sealed interface Condition {

  /** {@code a = b}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
  record Compare(String operator, Operand left, Operand right) implements Condition {}

  /** {@code a BETWEEN low AND high}. */
  record Between(Operand value, Operand low, Operand high) implements Condition {}

  /** {@code a IN (b, c, ...)}. */
  record In(Operand value, List<Operand> candidates) implements Condition {}

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  record Not(Condition condition) implements Condition {}

  /**
   * {@code attribute_exists}, {@code attribute_not_exists}, {@code attribute_type}, {@code
   * begins_with} or {@code contains}.
   */
  record Function(String name, List<Operand> arguments) implements Condition {}
}
