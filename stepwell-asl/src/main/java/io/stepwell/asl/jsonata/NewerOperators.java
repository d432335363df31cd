package io.stepwell.asl.jsonata;

/**
 * Finds the operators JSONata gained after version 2.0.6, which AWS implements: the default ({@code
 * ?:}) and coalescing ({@code ??}) operators. The port accepts them, AWS does not. String literals,
 * quoted names, comments and regular expressions are skipped.
 */
final class NewerOperators {
  /** After one of these (or at the start) a {@code /} opens a regular expression. */
  private static final String BEFORE_AN_OPERAND = "([{,:;=<>!+-*/%&|?~^";

  private NewerOperators() {}

  /** The first such operator in the expression, or {@code null}. */
  static String find(String expression) {
    char previous = '(';
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      char next = i + 1 < n ? expression.charAt(i + 1) : 0;
      if (c == '"' || c == '\'') {
        i = skipQuoted(expression, i, c);
        previous = 'v';
      } else if (c == '`') {
        int close = expression.indexOf('`', i + 1);
        i = close < 0 ? n : close + 1;
        previous = 'v';
      } else if (c == '/' && next == '*') {
        int close = expression.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '/' && BEFORE_AN_OPERAND.indexOf(previous) >= 0) {
        i = skipQuoted(expression, i, '/');
        while (i < n && Character.isLetter(expression.charAt(i))) {
          i++;
        }
        previous = 'v';
      } else if (c == '?' && (next == '?' || next == ':')) {
        return "?" + next;
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return null;
  }

  /** The index after the literal that opens at {@code start} with {@code quote}. */
  private static int skipQuoted(String expression, int start, char quote) {
    int i = start + 1;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return expression.length();
  }
}
