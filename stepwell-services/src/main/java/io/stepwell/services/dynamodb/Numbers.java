package io.stepwell.services.dynamodb;

import java.math.BigDecimal;

/** DynamoDB numbers: decimal text, at most 38 significant digits, 1E-130 to 9.99...E+125. */
final class Numbers {
  private Numbers() {}

  /** Parses a number as DynamoDB accepts it. */
  static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      throw DynamoErrors.validation("The parameter cannot be converted to a numeric value");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw DynamoErrors.validation(
          "The parameter cannot be converted to a numeric value: " + text);
    }
    return check(value);
  }

  /** Refuses a number DynamoDB cannot store. */
  static BigDecimal check(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() > 38) {
      throw DynamoErrors.validation(
          "Attempting to store more than 38 significant digits in a Number");
    }
    int magnitude = stripped.precision() - stripped.scale() - 1;
    if (magnitude > 125) {
      throw DynamoErrors.validation(
          "Number overflow. Attempting to store a number with magnitude larger than supported"
              + " range");
    }
    if (magnitude < -130) {
      throw DynamoErrors.validation(
          "Number underflow. Attempting to store a number with magnitude smaller than supported"
              + " range");
    }
    return stripped;
  }

  /** The text DynamoDB answers with: no exponent, no trailing zeros. */
  static String format(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The canonical text of a number given as text. */
  static String canonical(String text) {
    return format(parse(text));
  }
}
