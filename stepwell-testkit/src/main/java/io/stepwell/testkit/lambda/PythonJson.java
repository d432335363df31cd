package io.stepwell.testkit.lambda;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json.dumps(value)} writes it with its defaults: {@code ", "}
 * and {@code ": "} separators, non-ASCII escaped as {@code \\uXXXX}, floats as {@code repr}. The
 * recorded Lambda responses carry these bytes (their {@code Content-Length}, and the error
 * documents that become causes), so they must match to the byte.
 */
final class PythonJson {
  private PythonJson() {}

  static String dumps(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case Boolean b -> out.append(b ? "true" : "false");
      case String s -> writeString(s, out);
      case Number n -> out.append(number(n, "NaN", "Infinity"));
      case Map<?, ?> map -> writeObject(map, out);
      case List<?> list -> writeArray(list, out);
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      writeString(String.valueOf(e.getKey()), out);
      out.append(": ");
      write(e.getValue(), out);
      if (it.hasNext()) {
        out.append(", ");
      }
    }
    out.append('}');
  }

  private static void writeArray(List<?> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      write(list.get(i), out);
    }
    out.append(']');
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < ' ' || c > '~') {
            // UTF-16 units are what Python's ensure_ascii writes, surrogate pairs included.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A number as Python prints it: integers in full, floats as {@code float.__repr__}. */
  static String number(Number n, String nan, String infinity) {
    if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
      return floatRepr(n.doubleValue(), nan, infinity);
    }
    return n.toString();
  }

  /**
   * Python's shortest round-trip repr of a float: positional when the decimal exponent is in [-4,
   * 16), else scientific with a sign and at least two exponent digits.
   */
  static String floatRepr(double d, String nan, String infinity) {
    if (Double.isNaN(d)) {
      return nan;
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? infinity : "-" + infinity;
    }
    String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
    if (d == 0) {
      return sign + "0.0";
    }
    // Double.toString gives the shortest digits that round-trip (JDK 19+), as repr does.
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int point = digits.length() - exact.scale();
    if (point > -4 && point <= 16) {
      if (point <= 0) {
        return sign + "0." + "0".repeat(-point) + digits;
      }
      if (point >= digits.length()) {
        return sign + digits + "0".repeat(point - digits.length()) + ".0";
      }
      return sign + digits.substring(0, point) + "." + digits.substring(point);
    }
    int exponent = point - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign
        + mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + String.format("%02d", Math.abs(exponent));
  }
}
