package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character no token can start with is a token of its own. */
final class ExpressionLexer {
  private static final List<String> SYMBOLS =
      List.of("<=", ">=", "<>", "=", "<", ">", "(", ")", "[", "]", ",", ".", "+", "-");

  private ExpressionLexer() {}

  static List<Token> tokens(String source) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c == '#' || c == ':' || isNameStart(c)) {
        i++;
        while (i < n && isNamePart(source.charAt(i))) {
          i++;
        }
        Token.Kind kind =
            c == '#' ? Token.Kind.NAME_REF : c == ':' ? Token.Kind.VALUE_REF : Token.Kind.NAME;
        out.add(new Token(kind, source.substring(start, i), start, i));
        continue;
      }
      if (c >= '0' && c <= '9') {
        while (i < n && Character.isDigit(source.charAt(i))) {
          i++;
        }
        out.add(new Token(Token.Kind.NUMBER, source.substring(start, i), start, i));
        continue;
      }
      String symbol = symbolAt(source, i);
      i += symbol.length();
      out.add(new Token(Token.Kind.SYMBOL, symbol, start, i));
    }
    out.add(new Token(Token.Kind.EOF, "", n, n));
    return out;
  }

  private static String symbolAt(String source, int i) {
    for (String s : SYMBOLS) {
      if (source.startsWith(s, i)) {
        return s;
      }
    }
    return source.substring(i, source.offsetByCodePoints(i, 1));
  }

  // A name starts with a letter: DynamoDB reads "_123" as the token "_" followed by digits.
  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c == '_' || (c >= '0' && c <= '9');
  }
}
