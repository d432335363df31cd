package io.stepwell.asl.distributed;

/** {@code ReaderConfig.CSVDelimiter}: the character between the fields of a row. */
public enum CsvDelimiter {
  COMMA(','),
  PIPE('|'),
  SEMICOLON(';'),
  SPACE(' '),
  TAB('\t');

  private final char character;

  CsvDelimiter(char character) {
    this.character = character;
  }

  /** The delimiter character. */
  public char character() {
    return character;
  }
}
