package io.stepwell.asl.distributed;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.math.BigInteger;

/**
 * How many items an {@code ItemReader} reads: {@code MaxItems} as written, or the value its {@code
 * MaxItemsPath} (or JSONata {@code MaxItems}) selected, turned into a limit as AWS does.
 */
public final class MaxItems {
  /** The most items a Distributed Map reads; a larger limit reads that many. */
  public static final int CEILING = 100_000_000;

  private MaxItems() {}

  /**
   * The limit of a literal {@code MaxItems}: AWS reads every item for {@code 0} (recorded), and at
   * most {@link #CEILING}.
   */
  public static int effective(long maxItems) {
    if (maxItems <= 0 || maxItems > CEILING) {
      return CEILING;
    }
    return (int) maxItems;
  }

  /** The limit of a reader config whose {@code MaxItems} is a literal, or of one with no limit. */
  public static int of(ReaderConfig config) {
    if (config.maxItems() instanceof Number n) {
      return effective(n.longValue());
    }
    if (config.unlimited()) {
      return CEILING;
    }
    throw new IllegalArgumentException("MaxItems is not a literal; resolve it with fromValue");
  }

  /**
   * The limit for the value a {@code MaxItemsPath} selected, or a JSONata {@code MaxItems}
   * evaluated to. AWS accepts a string holding an integer (recorded: {@code "2"} from a variable).
   *
   * @param path the {@code MaxItemsPath} as written, or {@code null} for a JSONata {@code MaxItems}
   * @throws StatesFailure {@code States.ItemReaderFailed} with AWS's cause {@code field MaxItems
   *     must be positive} for a negative value; for a value that is no integer, a cause in the
   *     words AWS uses for its other {@code *Path} fields (not recorded for this one)
   */
  public static int fromValue(Object value, String path) {
    BigInteger integer = integerOf(value);
    if (integer == null) {
      String text = value instanceof String s ? s : Json.write(value);
      String cause =
          path != null
              ? "The MaxItemsPath field refers to value '"
                  + text
                  + "' which is not a valid integer: "
                  + path
              : "The MaxItems field refers to value '" + text + "' which is not a valid integer";
      throw new StatesFailure(StatesError.ITEM_READER_FAILED, cause);
    }
    if (integer.signum() < 0) {
      throw new StatesFailure(StatesError.ITEM_READER_FAILED, "field MaxItems must be positive");
    }
    return integer.compareTo(BigInteger.valueOf(CEILING)) > 0
        ? CEILING
        : effective(integer.longValue());
  }

  /** An integer held by a JSON integer or by a string of decimal digits; {@code null} otherwise. */
  static BigInteger integerOf(Object value) {
    if (value instanceof Number n && Json.isIntegral(n)) {
      return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }
    if (value instanceof String s && s.matches("[+-]?[0-9]+")) {
      return new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    }
    return null;
  }
}
