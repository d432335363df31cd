package io.stepwell.asl.distributed;

/** {@code ReaderConfig.CSVHeaderLocation}: where the column names of a CSV object come from. */
public enum CsvHeaderLocation {
  /** The first row of the object names the columns; items start at the second row. */
  FIRST_ROW,
  /** {@code CSVHeaders} names the columns; every row is an item. */
  GIVEN
}
