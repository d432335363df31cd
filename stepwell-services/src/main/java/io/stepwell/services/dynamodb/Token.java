package io.stepwell.services.dynamodb;

/**
 * One token of an expression.
 *
 * @param kind what it is
 * @param text its text as written
 * @param start where it starts in the expression
 * @param end where it ends (exclusive)
 */
record Token(Kind kind, String text, int start, int end) {

  enum Kind {
    /** An attribute name or a keyword or function name. */
    NAME,
    /** {@code #name}. */
    NAME_REF,
    /** {@code :value}. */
    VALUE_REF,
    /** Digits (a list index). */
    NUMBER,
    /** Punctuation and operators. */
    SYMBOL,
    EOF
  }

  boolean is(String symbolOrKeyword) {
    return (kind == Kind.SYMBOL && text.equals(symbolOrKeyword))
        || (kind == Kind.NAME && text.equalsIgnoreCase(symbolOrKeyword));
  }

  /** The token as DynamoDB names it in a syntax error. */
  String display() {
    return kind == Kind.EOF ? "<EOF>" : text;
  }
}
