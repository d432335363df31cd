package io.stepwell.asl.distributed;

/** {@code ResultWriter.WriterConfig.OutputType}: how the results are written. */
public enum OutputType {
  /** One JSON array (the default). */
  JSON,
  /** JSON Lines: one result per line. */
  JSONL
}
