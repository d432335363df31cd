package io.stepwell.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for names that must be unique but need not be unguessable (request ids,
 * generated execution names). {@link UUID#randomUUID()} draws from one shared {@code SecureRandom},
 * which serialises busy request threads; task tokens, which must not be guessed, do not come from
 * here.
 */
public final class Ids {
  private Ids() {}

  /** A random UUID in its text form. */
  public static String uuid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & ~0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }
}
