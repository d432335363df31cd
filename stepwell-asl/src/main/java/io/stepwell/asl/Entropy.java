package io.stepwell.asl;

/**
 * Randomness from outside the interpreter ({@code States.UUID}, {@code States.MathRandom}, retry
 * jitter). The engine records what it draws so that a replay draws the same.
 */
public interface Entropy {
  /** A random version-4 UUID in its canonical text form. */
  String uuid();

  /** A uniformly distributed value in {@code [0, 1)}. */
  double nextDouble();

  /** A deterministic source for tests and replays, seeded with {@code seed}. */
  static Entropy seeded(long seed) {
    return new SeededEntropy(seed);
  }
}
