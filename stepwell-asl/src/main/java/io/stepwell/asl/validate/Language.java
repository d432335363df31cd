package io.stepwell.asl.validate;

/** The query language in force for a state: its own, else the state machine's. */
enum Language {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String text;

  Language(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  Language other() {
    return this == JSONPATH ? JSONATA : JSONPATH;
  }

  /** The language a {@code QueryLanguage} value names, or {@code null} for any other value. */
  static Language of(Object value) {
    for (Language l : values()) {
      if (l.text.equals(value)) {
        return l;
      }
    }
    return null;
  }
}
