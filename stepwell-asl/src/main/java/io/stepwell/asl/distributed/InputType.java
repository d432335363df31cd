package io.stepwell.asl.distributed;

/** {@code ReaderConfig.InputType}: how the content of an S3 object becomes items. */
public enum InputType {
  /** A JSON array; each element is an item. */
  JSON,
  /** JSON Lines; each non-blank line is an item. */
  JSONL,
  /** Delimited text; each row is an object keyed by the column headers. */
  CSV,
  /** An S3 inventory {@code manifest.json}; each row of the inventory files is an item. */
  MANIFEST
}
