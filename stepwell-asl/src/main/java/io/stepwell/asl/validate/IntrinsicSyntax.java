package io.stepwell.asl.validate;

import java.util.Set;

/**
 * A light syntax check of an intrinsic function call such as {@code States.Format('{}', $.a)}: a
 * known name, then parenthesised arguments that are quoted strings, numbers, booleans, {@code
 * null}, JSONPaths or nested calls. Evaluation, argument counts and types are the interpreter's
 * business.
 */
final class IntrinsicSyntax {
  static final Set<String> NAMES =
      Set.of(
          "Format",
          "StringToJson",
          "JsonToString",
          "Array",
          "ArrayPartition",
          "ArrayContains",
          "ArrayRange",
          "ArrayGetItem",
          "ArrayLength",
          "ArrayUnique",
          "Base64Encode",
          "Base64Decode",
          "Hash",
          "JsonMerge",
          "MathRandom",
          "MathAdd",
          "StringSplit",
          "UUID");

  private final String text;
  private int pos;

  private IntrinsicSyntax(String text) {
    this.text = text;
  }

  /** Whether the text looks like an intrinsic call at all (and so should be checked as one). */
  static boolean looksLikeCall(String text) {
    return text.startsWith("States.");
  }

  /** Whether the text is one well-formed call of a known intrinsic function. */
  static boolean isValidCall(String text) {
    IntrinsicSyntax p = new IntrinsicSyntax(text);
    try {
      p.call();
      p.skipSpaces();
      return p.pos == text.length();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void call() {
    expect("States.");
    int start = pos;
    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      pos++;
    }
    if (!NAMES.contains(text.substring(start, pos))) {
      throw new IllegalArgumentException("unknown function");
    }
    skipSpaces();
    expect("(");
    skipSpaces();
    if (peek() == ')') {
      pos++;
      return;
    }
    while (true) {
      argument();
      skipSpaces();
      char c = peek();
      pos++;
      if (c == ')') {
        return;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected , or )");
      }
    }
  }

  private void argument() {
    skipSpaces();
    char c = peek();
    if (c == '\'') {
      string();
    } else if (c == '$') {
      path();
    } else if (c == '-' || Character.isDigit(c)) {
      number();
    } else if (text.startsWith("States.", pos)) {
      call();
    } else if (!literal("true") && !literal("false") && !literal("null")) {
      throw new IllegalArgumentException("bad argument");
    }
  }

  private void string() {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '\'') {
        return;
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }

  private void number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      Double.parseDouble(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad number", e);
    }
  }

  /** A path runs to the next comma or closing parenthesis outside brackets and quotes. */
  private void path() {
    int start = pos;
    int depth = 0;
    char quote = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quote != 0) {
        if (c == '\\') {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || (c == ')' && depth > 0)) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')')) {
        break;
      }
      pos++;
    }
    if (!Values.isPath(text.substring(start, pos).strip())) {
      throw new IllegalArgumentException("bad path");
    }
  }

  private boolean literal(String word) {
    if (text.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private void expect(String s) {
    if (!text.startsWith(s, pos)) {
      throw new IllegalArgumentException("expected " + s);
    }
    pos += s.length();
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return text.charAt(pos);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
