package io.stepwell.asl.choice;

import java.util.Optional;

/**
 * The comparison operators of a Choice rule. Each also exists as {@code <name>Path}, which takes
 * its operand from a path instead of a literal, except {@code StringMatches}.
 */
enum ComparisonOperator {
  STRING_EQUALS("StringEquals", ValueKind.STRING, Relation.EQUALS),
  STRING_LESS_THAN("StringLessThan", ValueKind.STRING, Relation.LESS_THAN),
  STRING_GREATER_THAN("StringGreaterThan", ValueKind.STRING, Relation.GREATER_THAN),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", ValueKind.STRING, Relation.LESS_THAN_EQUALS),
  STRING_GREATER_THAN_EQUALS(
      "StringGreaterThanEquals", ValueKind.STRING, Relation.GREATER_THAN_EQUALS),
  STRING_MATCHES("StringMatches", ValueKind.STRING, Relation.MATCHES),
  NUMERIC_EQUALS("NumericEquals", ValueKind.NUMERIC, Relation.EQUALS),
  NUMERIC_LESS_THAN("NumericLessThan", ValueKind.NUMERIC, Relation.LESS_THAN),
  NUMERIC_GREATER_THAN("NumericGreaterThan", ValueKind.NUMERIC, Relation.GREATER_THAN),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", ValueKind.NUMERIC, Relation.LESS_THAN_EQUALS),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", ValueKind.NUMERIC, Relation.GREATER_THAN_EQUALS),
  BOOLEAN_EQUALS("BooleanEquals", ValueKind.BOOLEAN, Relation.EQUALS),
  TIMESTAMP_EQUALS("TimestampEquals", ValueKind.TIMESTAMP, Relation.EQUALS),
  TIMESTAMP_LESS_THAN("TimestampLessThan", ValueKind.TIMESTAMP, Relation.LESS_THAN),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", ValueKind.TIMESTAMP, Relation.GREATER_THAN),
  TIMESTAMP_LESS_THAN_EQUALS(
      "TimestampLessThanEquals", ValueKind.TIMESTAMP, Relation.LESS_THAN_EQUALS),
  TIMESTAMP_GREATER_THAN_EQUALS(
      "TimestampGreaterThanEquals", ValueKind.TIMESTAMP, Relation.GREATER_THAN_EQUALS);

  /** How the ordering of the two operands decides the comparison. */
  private enum Relation {
    EQUALS,
    LESS_THAN,
    GREATER_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN_EQUALS,
    MATCHES;

    boolean holds(int order) {
      return switch (this) {
        case EQUALS -> order == 0;
        case LESS_THAN -> order < 0;
        case GREATER_THAN -> order > 0;
        case LESS_THAN_EQUALS -> order <= 0;
        case GREATER_THAN_EQUALS -> order >= 0;
        case MATCHES -> throw new IllegalStateException("MATCHES is not an ordering");
      };
    }
  }

  private final String aslName;
  private final ValueKind kind;
  private final Relation relation;

  ComparisonOperator(String aslName, ValueKind kind, Relation relation) {
    this.aslName = aslName;
    this.kind = kind;
    this.relation = relation;
  }

  /** The field name as written in ASL, e.g. {@code NumericLessThan}. */
  String aslName() {
    return aslName;
  }

  boolean hasPathVariant() {
    return relation != Relation.MATCHES;
  }

  /**
   * The operand a literal stands for, prepared once: a {@link WildcardPattern} for {@code
   * StringMatches}, otherwise the value's comparable form.
   *
   * @throws IllegalArgumentException when the literal is not of the operator's type
   */
  Object prepareLiteral(Object literal) {
    Optional<Object> comparable = kind.comparable(literal);
    if (comparable.isEmpty()) {
      throw new IllegalArgumentException(
          aslName + " needs " + describeKind() + ", not " + ChoiceRules.describe(literal));
    }
    return relation == Relation.MATCHES
        ? WildcardPattern.compile((String) literal)
        : comparable.get();
  }

  /** The comparable form of an operand read from a path, or empty when it is of another type. */
  Optional<Object> prepareOperand(Object value) {
    return kind.comparable(value);
  }

  /** Whether the variable's value relates to the prepared operand as the operator says. */
  boolean test(Object variableValue, Object operand) {
    Optional<Object> left = kind.comparable(variableValue);
    if (left.isEmpty()) {
      return false;
    }
    if (relation == Relation.MATCHES) {
      return ((WildcardPattern) operand).matches((String) left.get());
    }
    return relation.holds(kind.compare(left.get(), operand));
  }

  private String describeKind() {
    return switch (kind) {
      case STRING -> "a string";
      case NUMERIC -> "a number";
      case BOOLEAN -> "a boolean";
      case TIMESTAMP -> "an RFC 3339 timestamp string";
    };
  }
}
