package io.stepwell.asl.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern of {@code StringMatches}: {@code *} matches any run of characters (including none)
 * and every other character matches itself. {@code \*} stands for a literal asterisk and {@code \\}
 * for a literal backslash (written {@code "\\*"} and {@code "\\\\"} in JSON); a backslash before
 * anything else is itself literal.
 */
final class WildcardPattern {
  /** The literal text between the asterisks: one more part than there are asterisks. */
  private final List<String> parts;

  private WildcardPattern(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  static WildcardPattern compile(String pattern) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        if (next == '*' || next == '\\') {
          current.append(next);
          i++;
          continue;
        }
      }
      if (c == '*') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return new WildcardPattern(parts);
  }

  boolean matches(String text) {
    if (parts.size() == 1) {
      return text.equals(parts.get(0));
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (text.length() < first.length() + last.length()
        || !text.startsWith(first)
        || !text.endsWith(last)) {
      return false;
    }
    // With only '*' as a wildcard, taking each middle part at its leftmost place is never worse
    // than any other placement.
    int from = first.length();
    int end = text.length() - last.length();
    for (int i = 1; i < parts.size() - 1; i++) {
      String part = parts.get(i);
      int at = text.indexOf(part, from);
      if (at < 0 || at + part.length() > end) {
        return false;
      }
      from = at + part.length();
    }
    return true;
  }

  @Override
  public String toString() {
    return String.join("*", parts);
  }
}
