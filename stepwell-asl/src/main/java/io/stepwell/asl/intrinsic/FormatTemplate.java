package io.stepwell.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * The first argument of {@code States.Format}, split into the text between its {@code {}}
 * placeholders. A backslash makes the next character plain text, so a backslash before a brace
 * keeps it from starting a placeholder; any other lone brace is an error.
 *
 * @param texts the literal pieces; one more than there are placeholders
 */
record FormatTemplate(List<String> texts) {
  FormatTemplate {
    texts = List.copyOf(texts);
  }

  /**
   * Splits a template as written, escapes still in it.
   *
   * @return {@code null} when a brace is unmatched
   */
  static FormatTemplate parse(String template) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        current.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        texts.add(current.toString());
        current.setLength(0);
        i++;
      } else if (c == '{' || c == '}') {
        return null;
      } else {
        current.append(c);
      }
    }
    texts.add(current.toString());
    return new FormatTemplate(texts);
  }

  int placeholders() {
    return texts.size() - 1;
  }

  String render(List<String> values) {
    StringBuilder out = new StringBuilder(texts.get(0));
    for (int i = 0; i < values.size(); i++) {
      out.append(values.get(i)).append(texts.get(i + 1));
    }
    return out.toString();
  }
}
