package io.stepwell.engine.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link KeyValueStore} in memory: for tests and {@code --memory}. */
public final class InMemoryKeyValueStore implements KeyValueStore {
  private final Map<String, NavigableMap<String, KeyValueEntry>> spaces = new ConcurrentHashMap<>();

  private NavigableMap<String, KeyValueEntry> space(String space) {
    return spaces.computeIfAbsent(
        space, s -> new ConcurrentSkipListMap<>(InMemoryKeyValueStore::byCodePoints));
  }

  /** The order databases give UTF-8 text compared byte by byte. */
  static int byCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Override
  public Optional<KeyValueEntry> get(String space, String key) {
    return Optional.ofNullable(space(space).get(key));
  }

  @Override
  public synchronized long put(String space, String key, String value, long expectedVersion) {
    NavigableMap<String, KeyValueEntry> entries = space(space);
    KeyValueEntry current = entries.get(key);
    long version = current == null ? ABSENT : current.version();
    if (expectedVersion != ANY && expectedVersion != version) {
      return -1;
    }
    entries.put(key, new KeyValueEntry(key, value, version + 1));
    return version + 1;
  }

  @Override
  public synchronized boolean delete(String space, String key, long expectedVersion) {
    NavigableMap<String, KeyValueEntry> entries = space(space);
    KeyValueEntry current = entries.get(key);
    if (current == null || (expectedVersion != ANY && expectedVersion != current.version())) {
      return false;
    }
    entries.remove(key);
    return true;
  }

  @Override
  public List<KeyValueEntry> scan(String space, String prefix, String afterKey, int max) {
    NavigableMap<String, KeyValueEntry> entries = space(space);
    NavigableMap<String, KeyValueEntry> tail =
        afterKey != null && byCodePoints(afterKey, prefix) >= 0
            ? entries.tailMap(afterKey, false)
            : entries.tailMap(prefix, true);
    List<KeyValueEntry> out = new ArrayList<>();
    for (KeyValueEntry e : tail.values()) {
      if (!e.key().startsWith(prefix) || out.size() >= max) {
        break;
      }
      out.add(e);
    }
    return out;
  }

  @Override
  public synchronized int deleteSpace(String space) {
    NavigableMap<String, KeyValueEntry> removed = spaces.remove(space);
    return removed == null ? 0 : removed.size();
  }
}
