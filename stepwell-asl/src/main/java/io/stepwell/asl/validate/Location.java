package io.stepwell.asl.validate;

/**
 * Where a finding is, written as AWS writes it: a slash before each object key and the array index
 * in brackets, e.g. {@code /States/C/Choices[0]/Next}. The root is {@code /}.
 */
record Location(String path) {
  static final Location ROOT = new Location("");

  Location field(String name) {
    return new Location(path + "/" + name);
  }

  Location index(int i) {
    return new Location(path + "[" + i + "]");
  }

  /** The text of a diagnostic's {@code location}. */
  String text() {
    return path.isEmpty() ? "/" : path;
  }

  @Override
  public String toString() {
    return text();
  }
}
