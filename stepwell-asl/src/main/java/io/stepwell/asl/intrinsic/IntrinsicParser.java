package io.stepwell.asl.intrinsic;

import io.stepwell.asl.path.JsonPathExpr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for one intrinsic call:
 *
 * <pre>
 * call     := 'States.' name '(' [ argument ( ',' argument )* ] ')'
 * argument := call | string | number | 'true' | 'false' | 'null' | path
 * string   := "'" ( char | '\' ( "'" | '{' | '}' | '\' ) )* "'"
 * </pre>
 *
 * Whitespace may surround every argument.
 */
final class IntrinsicParser {
  private static final Pattern NAME = Pattern.compile("States\\.[A-Za-z0-9]+");
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern KEYWORD = Pattern.compile("true|false|null");

  private final String text;
  private int pos;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  static FunctionCall parse(String text) {
    if (text == null) {
      throw new IntrinsicSyntaxException("An intrinsic function call cannot be null");
    }
    IntrinsicParser parser = new IntrinsicParser(text);
    parser.skipSpaces();
    FunctionCall call = parser.call();
    parser.skipSpaces();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected text after the closing ')'");
    }
    return call;
  }

  private FunctionCall call() {
    Matcher name = NAME.matcher(text).region(pos, text.length());
    if (!name.lookingAt()) {
      throw error("expected a function name such as 'States.Format'");
    }
    IntrinsicFunction function = FunctionRegistry.byName(name.group());
    if (function == null) {
      throw error("unknown intrinsic function '" + name.group() + "'");
    }
    pos = name.end();
    expect('(');
    List<Argument> arguments = new ArrayList<>();
    skipSpaces();
    if (peek() == ')') {
      pos++;
      return new FunctionCall(function, arguments);
    }
    while (true) {
      skipSpaces();
      arguments.add(argument());
      skipSpaces();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ')') {
        pos++;
        return new FunctionCall(function, arguments);
      } else {
        throw error("expected ',' or ')' after an argument");
      }
    }
  }

  private Argument argument() {
    char c = peek();
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (text.startsWith("States.", pos)) {
      return call();
    }
    Matcher keyword = KEYWORD.matcher(text).region(pos, text.length());
    if (keyword.lookingAt() && atArgumentEnd(keyword.end())) {
      pos = keyword.end();
      return new ValueLiteral(
          switch (keyword.group()) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
          });
    }
    throw error(
        "expected an argument: a 'quoted string', a number, true, false, null, a path or a call");
  }

  private StringLiteral string() {
    int start = ++pos;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\'') {
        String raw = text.substring(start, pos);
        pos++;
        return new StringLiteral(value.toString(), raw);
      }
      if (c == '\\') {
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        if (next != '\'' && next != '{' && next != '}' && next != '\\') {
          throw error(
              "invalid escape in a string literal: only \\', \\{, \\} and \\\\ may follow a"
                  + " backslash");
        }
        value.append(next);
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    pos = start - 1;
    throw error("unterminated string literal");
  }

  private ValueLiteral number() {
    Matcher m = NUMBER.matcher(text).region(pos, text.length());
    if (!m.lookingAt() || !atArgumentEnd(m.end())) {
      throw error("malformed number");
    }
    String literal = m.group();
    pos = m.end();
    if (m.group(1) != null || m.group(2) != null) {
      return new ValueLiteral(Double.valueOf(literal));
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < 32) {
      return new ValueLiteral(value.intValue());
    }
    return new ValueLiteral(value.bitLength() < 64 ? (Object) value.longValue() : value);
  }

  /**
   * A path runs to the next ',' or ')' that is not inside brackets, parentheses or quotes, so
   * {@code $.a['b,c']} and filters such as {@code $[?(@.x > 1)]} stay whole.
   */
  private PathArgument path() {
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
      } else if ((c == ']' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')' || Character.isWhitespace(c))) {
        break;
      }
      pos++;
    }
    String path = text.substring(start, Math.min(pos, text.length()));
    try {
      return new PathArgument(JsonPathExpr.compile(path));
    } catch (IllegalArgumentException e) {
      pos = start;
      throw new IntrinsicSyntaxException(message("invalid JSONPath '" + path + "'"), e);
    }
  }

  private boolean atArgumentEnd(int index) {
    int i = index;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ')');
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IntrinsicSyntaxException error(String problem) {
    return new IntrinsicSyntaxException(message(problem));
  }

  private String message(String problem) {
    return "Invalid intrinsic function call '" + text + "' at position " + pos + ": " + problem;
  }
}
