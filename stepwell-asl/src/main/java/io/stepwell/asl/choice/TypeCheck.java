package io.stepwell.asl.choice;

import io.stepwell.asl.path.Missing;

/** The type tests of a Choice rule, {@code IsNull} to {@code IsTimestamp}. */
enum TypeCheck {
  IS_NULL("IsNull"),
  IS_PRESENT("IsPresent"),
  IS_NUMERIC("IsNumeric"),
  IS_STRING("IsString"),
  IS_BOOLEAN("IsBoolean"),
  IS_TIMESTAMP("IsTimestamp");

  private final String aslName;

  TypeCheck(String aslName) {
    this.aslName = aslName;
  }

  /** The field name as written in ASL, e.g. {@code IsString}. */
  String aslName() {
    return aslName;
  }

  /** Whether a value read from a path ({@link Missing#VALUE} when absent) is of this kind. */
  boolean test(Object value) {
    return switch (this) {
      case IS_NULL -> value == null;
      case IS_PRESENT -> value != Missing.VALUE;
      case IS_NUMERIC -> value instanceof Number;
      case IS_STRING -> value instanceof String;
      case IS_BOOLEAN -> value instanceof Boolean;
      case IS_TIMESTAMP -> value instanceof String s && Timestamps.parse(s).isPresent();
    };
  }
}
