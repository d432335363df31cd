package io.stepwell.testkit.lambda;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} of a parsed JSON event ({@code dict}, {@code list}, {@code str}, ...), as
 * {@code return_decorated_input.py} puts it into its answer.
 */
final class PythonRepr {
  private PythonRepr() {}

  static String str(Object value) {
    if (value instanceof String s) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    repr(value, out);
    return out.toString();
  }

  private static void repr(Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("None");
      case Boolean b -> out.append(b ? "True" : "False");
      case String s -> reprString(s, out);
      case Number n -> out.append(PythonJson.number(n, "nan", "inf"));
      case Map<?, ?> map -> {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
          Map.Entry<?, ?> e = it.next();
          reprString(String.valueOf(e.getKey()), out);
          out.append(": ");
          repr(e.getValue(), out);
          if (it.hasNext()) {
            out.append(", ");
          }
        }
        out.append('}');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          repr(list.get(i), out);
        }
        out.append(']');
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  /** Single quotes, unless the text has a single quote and no double quote. */
  private static void reprString(String s, StringBuilder out) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    s.codePoints()
        .forEach(c -> {
          if (c == quote || c == '\\') {
            out.append('\\').appendCodePoint(c);
          } else if (c == '\n') {
            out.append("\\n");
          } else if (c == '\r') {
            out.append("\\r");
          } else if (c == '\t') {
            out.append("\\t");
          } else if (c < ' ' || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else if (c < 0x7f || isPrintable(c)) {
            out.appendCodePoint(c);
          } else if (c <= 0xff) {
            out.append(String.format("\\x%02x", c));
          } else if (c <= 0xffff) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.append(String.format("\\U%08x", c));
          }
        });
    out.append(quote);
  }

  /** Python's {@code str.isprintable} for one code point beyond ASCII. */
  private static boolean isPrintable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
