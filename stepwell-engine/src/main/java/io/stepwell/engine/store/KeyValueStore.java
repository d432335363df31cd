package io.stepwell.engine.store;

import java.util.List;
import java.util.Optional;

/**
 * Durable documents for the local services around the engine (tables, the SMS outbox...), kept in
 * the engine's database so they survive restarts and are shared by every node. Keys are ordered by
 * their code points (as UTF-8 bytes compare) within a space. Writes are compare-and-set on a
 * version, which is how a read-modify-write (a conditional update) stays right with several nodes.
 *
 * <p>Thread-safe; every method is one transaction.
 */
public interface KeyValueStore {

  /** The version to expect for a key that has no value yet. */
  long ABSENT = 0;

  /** The version that matches whatever is there (an unconditional write or delete). */
  long ANY = -1;

  /** The value at {@code key}, if any. */
  Optional<KeyValueEntry> get(String space, String key);

  /**
   * Writes {@code value} at {@code key} if its version is {@code expectedVersion} ({@link #ABSENT}:
   * only if there is none; {@link #ANY}: whatever is there).
   *
   * @return the new version (1 for a new key), or -1 when the version did not match and nothing was
   *     written
   */
  long put(String space, String key, String value, long expectedVersion);

  /**
   * Deletes {@code key} if its version is {@code expectedVersion} ({@link #ANY}: whatever it is).
   *
   * @return whether a value was deleted
   */
  boolean delete(String space, String key, long expectedVersion);

  /**
   * Entries whose keys start with {@code prefix}, in key order, after {@code afterKey} (exclusive;
   * {@code null} from the first).
   */
  List<KeyValueEntry> scan(String space, String prefix, String afterKey, int max);

  /** Deletes every entry of a space; returns how many. */
  int deleteSpace(String space);
}
