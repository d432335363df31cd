package io.stepwell.serverless.yaml;

import io.stepwell.serverless.Position;

/**
 * A scalar: a {@code String}, {@code Long}, {@code java.math.BigInteger}, {@code Double}, {@code
 * Boolean} or {@code null}.
 *
 * @param value the value
 * @param at where the scalar starts (its tag or opening quote, if it has one)
 * @param textColumn the column of the text's first character, when it is on one line
 * @param singleLine whether the text is on one line, so that a column inside it can be told
 */
public record Scalar(Object value, Position at, int textColumn, boolean singleLine)
    implements Node {

  /** A scalar made by resolution rather than read, reported at {@code at}. */
  public static Scalar of(Object value, Position at) {
    return new Scalar(value, at, at.column(), false);
  }

  /** Where the character at {@code index} of a string value was written, as near as known. */
  public Position at(int index) {
    return singleLine ? new Position(at.file(), at.line(), textColumn + index) : at;
  }

  @Override
  public Object toPlain() {
    return value;
  }
}
