package io.stepwell.asl.distributed;

/** {@code ResultWriter.WriterConfig.Transformation}: how child results are shaped. */
public enum Transformation {
  /** Each child's output with its execution metadata (the default when exporting to S3). */
  NONE,
  /** Each child's output only (the default without an S3 export). */
  COMPACT,
  /** Each child's output, an array output contributing its elements. */
  FLATTEN
}
