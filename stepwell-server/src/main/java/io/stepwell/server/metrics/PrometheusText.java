package io.stepwell.server.metrics;

import java.math.BigDecimal;

/** Prometheus' text exposition format, version 0.0.4. */
final class PrometheusText {
  /** The {@code Content-Type} of the format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder out = new StringBuilder(4096);

  /** The {@code # HELP} and {@code # TYPE} lines that open a metric family. */
  void family(String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  void sample(String name, String labels, long value) {
    open(name, labels).append(value).append('\n');
  }

  void sample(String name, String labels, double value) {
    open(name, labels).append(number(value)).append('\n');
  }

  private StringBuilder open(String name, String labels) {
    out.append(name);
    if (!labels.isEmpty()) {
      out.append('{').append(labels).append('}');
    }
    return out.append(' ');
  }

  /** {@code name="value"}, the value escaped as the format requires. */
  static String label(String name, String value) {
    StringBuilder b = new StringBuilder(name.length() + value.length() + 3);
    b.append(name).append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** A float as Prometheus reads it: plain decimal, {@code +Inf}, {@code -Inf} or {@code NaN}. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String escapeHelp(String help) {
    return help.replace("\\", "\\\\").replace("\n", "\\n");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
