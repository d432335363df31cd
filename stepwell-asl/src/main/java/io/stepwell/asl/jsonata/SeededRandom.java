package io.stepwell.asl.jsonata;

/**
 * The first {@code nextDouble()} of {@code java.util.Random} seeded with {@code seed}, which is
 * what AWS's {@code $random(seed)} returns: the 48-bit linear congruential generator that class
 * specifies, written out because the interpreter must not hold a {@code Random} of its own.
 */
final class SeededRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long state;

  private SeededRandom(long seed) {
    this.state = (seed ^ MULTIPLIER) & MASK;
  }

  /** The value {@code new java.util.Random(seed).nextDouble()} returns. */
  static double firstDouble(long seed) {
    SeededRandom random = new SeededRandom(seed);
    return (((long) random.next(26) << 27) + random.next(27)) * DOUBLE_UNIT;
  }

  private int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }
}
