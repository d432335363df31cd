package io.stepwell.asl.validate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A lightweight scan of a JSONata expression, not a parser: the fields of {@code $states} it reads
 * ({@code $states.result} gives {@code result}), outside string literals, back-quoted names and
 * comments.
 */
final class JsonataReferences {
  private JsonataReferences() {}

  /**
   * The fields read, in order of first appearance; {@code text} is the expression without its
   * {@code {% %}}.
   */
  static Set<String> statesFields(String text) {
    Set<String> fields = new LinkedHashSet<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = afterQuoted(text, i, c);
      } else if (c == '`') {
        i = after(text, "`", i + 1);
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        i = after(text, "*/", i + 2);
      } else if (c == '$') {
        int end = nameEnd(text, i + 1);
        boolean standsAlone = i == 0 || !isNameChar(text.charAt(i - 1));
        if (standsAlone && text.substring(i + 1, end).equals(VariableNames.RESERVED)) {
          String field = fieldAfter(text, end);
          if (!field.isEmpty()) {
            fields.add(field);
          }
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return fields;
  }

  /** The name after {@code .} (spaces allowed around it), or an empty string. */
  private static String fieldAfter(String text, int from) {
    int i = skipSpaces(text, from);
    if (i >= text.length() || text.charAt(i) != '.') {
      return "";
    }
    int start = skipSpaces(text, i + 1);
    return text.substring(start, nameEnd(text, start));
  }

  private static int afterQuoted(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int after(String text, String close, int from) {
    int end = text.indexOf(close, from);
    return end < 0 ? text.length() : end + close.length();
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length() && isNameChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // '$' counts so that "$$states" is not read as the variable $states.
  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
