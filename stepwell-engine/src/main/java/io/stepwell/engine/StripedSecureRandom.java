package io.stepwell.engine;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Unguessable randomness (execution seeds, from which task tokens come) for many threads at once:
 * one {@link SecureRandom} serialises its callers, so callers are spread over several by thread.
 */
final class StripedSecureRandom implements RandomGenerator {
  private final SecureRandom[] stripes = new SecureRandom[16];

  StripedSecureRandom() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new SecureRandom();
    }
  }

  @Override
  public long nextLong() {
    return stripes[(int) (Thread.currentThread().threadId() & (stripes.length - 1))].nextLong();
  }
}
