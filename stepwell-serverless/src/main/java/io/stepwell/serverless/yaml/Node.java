package io.stepwell.serverless.yaml;

import io.stepwell.serverless.Position;

/**
 * A YAML value with where it was written: a {@link Scalar}, {@link Mapping} or {@link Sequence}.
 */
public sealed interface Node permits Scalar, Mapping, Sequence {
  /** Where the value starts. */
  Position at();

  /** The value as plain JSON-like Java values (Map, List, String, Number, Boolean, null). */
  Object toPlain();
}
