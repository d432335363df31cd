package io.stepwell.services.dynamodb;

import java.util.Map;

/** A value in a condition: an attribute at a path, a {@code :value}, or {@code size(...)}. */
sealed interface Operand {

  /** The attribute at a document path (absent when the item has none). */
  record Path(DocPath path) implements Operand {}

  /** A value given in {@code ExpressionAttributeValues}. */
  record Value(Map<String, Object> value) implements Operand {}

  /** {@code size(operand)}: a string's length, a binary's bytes, a collection's members. */
  record Size(Operand of) implements Operand {}
}
