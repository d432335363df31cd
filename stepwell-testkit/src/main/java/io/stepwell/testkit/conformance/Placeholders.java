package io.stepwell.testkit.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A case's {@code comparison.placeholders}: the places in the output or cause where the recorder
 * wrote a placeholder instead of a run-specific value, keyed by JSON pointer ({@code
 * /output/SdkHttpMetadata/HttpHeaders/Date}, {@code /cause/requestId}).
 */
final class Placeholders {
  private final Map<String, Rule> byPointer;

  private Placeholders(Map<String, Rule> byPointer) {
    this.byPointer = byPointer;
  }

  static Placeholders of(ConformanceCase c) {
    Map<String, Rule> rules = new HashMap<>();
    for (Map<String, Object> p : c.placeholders()) {
      String field = String.valueOf(p.get("field"));
      String value = String.valueOf(p.get("value"));
      rules.put(pointer(field, String.valueOf(p.get("path"))), new Rule(value));
    }
    return new Placeholders(rules);
  }

  /** The placeholder at a pointer, if the recorder put one there. */
  Optional<Rule> at(String pointer) {
    return Optional.ofNullable(byPointer.get(pointer));
  }

  /** Every placeholder value. */
  Iterable<Rule> rules() {
    return byPointer.values();
  }

  /**
   * {@code $.a.b[0]} under {@code field} as the pointer {@code /field/a/b/0}. Names run to the next
   * {@code .} or {@code [}, as in the corpus's paths ({@code x-amzn-RequestId[0]}).
   */
  static String pointer(String field, String path) {
    StringBuilder out = new StringBuilder("/").append(field);
    int i = path.startsWith("$") ? 1 : 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.append('/').append(ValueMatcher.escape(path.substring(i + 1, end)));
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = path.length();
        }
        String inner = path.substring(i + 1, end);
        if (inner.length() >= 2 && (inner.startsWith("'") || inner.startsWith("\""))) {
          inner = inner.substring(1, inner.length() - 1);
        }
        out.append('/').append(ValueMatcher.escape(inner));
        i = end + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /**
   * One placeholder value: with {@code <...>} tokens it is a pattern, without any it stands for the
   * whole value.
   */
  record Rule(String value) {
    boolean hasTokens() {
      return value.matches("(?s).*<[^<>\\s]+>.*");
    }
  }
}
