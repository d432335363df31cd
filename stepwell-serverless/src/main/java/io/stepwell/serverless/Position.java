package io.stepwell.serverless;

/**
 * Where something was written: a file (as the project names it) and a 1-based line and column.
 *
 * @param file the file, e.g. {@code serverless.yml}
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(String file, int line, int column) implements java.io.Serializable {
  /** The position {@code columns} further on the same line. */
  public Position plus(int columns) {
    return new Position(file, line, column + columns);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
