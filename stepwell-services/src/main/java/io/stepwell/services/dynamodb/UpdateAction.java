package io.stepwell.services.dynamodb;

import java.util.Map;

/** One action of an update expression, on one document path. */
sealed interface UpdateAction {
  DocPath path();

  /** {@code SET path = value}. */
  record Set(DocPath path, ValueExpression value) implements UpdateAction {}

  /** {@code REMOVE path}. */
  record Remove(DocPath path) implements UpdateAction {}

  /** {@code ADD path :value}: a number added, or set members added. */
  record Add(DocPath path, Map<String, Object> value) implements UpdateAction {}

  /** {@code DELETE path :value}: set members taken out. */
  record Delete(DocPath path, Map<String, Object> value) implements UpdateAction {}

  /** The right-hand side of a {@code SET}. */
  sealed interface ValueExpression {

    /** A path or a {@code :value}. */
    record Plain(Operand operand) implements ValueExpression {}

    /** {@code a + b} or {@code a - b} on numbers. */
    record Arithmetic(String operator, ValueExpression left, ValueExpression right)
        implements ValueExpression {}

    /** {@code if_not_exists(path, value)}. */
    record IfNotExists(DocPath path, ValueExpression fallback) implements ValueExpression {}

    /** {@code list_append(a, b)}. */
    record ListAppend(ValueExpression first, ValueExpression second) implements ValueExpression {}
  }
}
