package io.stepwell.asl;

import java.util.SplittableRandom;

/** {@link Entropy} from a seed: the same seed gives the same sequence. */
final class SeededEntropy implements Entropy {
  private final SplittableRandom random;

  SeededEntropy(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public synchronized String uuid() {
    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(hi, lo).toString();
  }

  @Override
  public synchronized double nextDouble() {
    return random.nextDouble();
  }
}
