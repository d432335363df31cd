package io.stepwell.asl.distributed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows of fields by the rules AWS documents for Distributed Map CSV
 * input ("How Step Functions parses input CSV files"): newlines end rows, a field enclosed in
 * double quotes may hold delimiters and newlines, a doubled quote is one quote (inside quotes or
 * not), and a backslash escapes the next character (it is dropped, the character kept).
 *
 * <p>Where AWS documents nothing this parser is lenient rather than inventing an error: a line with
 * no character at all is skipped (a line of spaces is a row, as recorded), a quote that never
 * closes runs to the end of the text, and text after a closing quote is kept.
 */
final class CsvTokenizer {
  private final String text;
  private final char delimiter;
  private int pos;

  CsvTokenizer(String text, char delimiter) {
    // A UTF-8 byte order mark is not part of the first header.
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.delimiter = delimiter;
  }

  /** The next row, or {@code null} at the end of the text. */
  List<String> next() {
    skipEmptyLines();
    if (pos >= text.length()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean fieldStart = true;
    boolean quoted = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quoted) {
        if (c == '"') {
          if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            field.append('"');
            pos += 2;
          } else {
            quoted = false;
            pos++;
          }
        } else if (c == '\\') {
          escape(field);
        } else {
          field.append(c);
          pos++;
        }
        continue;
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        pos++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
        break;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        pos++;
        continue;
      }
      fieldStart = false;
      if (c == '\\') {
        escape(field);
      } else if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
        // A repeated quote is one quote outside quotes too: AWS's documented example reads the
        // unquoted field {""MyKey"":""MyValue""} as {"MyKey":"MyValue"}.
        field.append('"');
        pos += 2;
      } else {
        field.append(c);
        pos++;
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private void escape(StringBuilder field) {
    if (pos + 1 < text.length()) {
      field.append(text.charAt(pos + 1));
    }
    pos += 2;
  }

  private void skipEmptyLines() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }
}
