package io.stepwell.serverless.variables;

import java.util.List;

/**
 * A string value as the Framework reads it: text and {@code ${...}} variables in turn.
 *
 * @param parts {@code String}s and {@link Variable}s in order
 */
record Template(List<Object> parts) {
  Template {
    parts = List.copyOf(parts);
  }

  /** Whether the value is one variable and nothing else (its value then keeps its type). */
  boolean isSingleVariable() {
    return parts.size() == 1 && parts.getFirst() instanceof Variable;
  }

  boolean hasVariables() {
    return parts.stream().anyMatch(Variable.class::isInstance);
  }
}
