package io.stepwell.server.sfn;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tags of state machines and activities ({@code TagResource}, {@code ListTagsForResource}):
 * durable in the engine's database ({@link #durable}), or in memory ({@link #inMemory()}).
 */
public interface TagStore {

  /** The tags of a resource, in the order they were first set; empty when none. */
  Map<String, String> tags(String resourceArn);

  /** Adds tags, replacing the values of keys already there. */
  void tag(String resourceArn, Map<String, String> tags);

  /** Removes the tags with these keys; unknown keys are ignored. */
  void untag(String resourceArn, Collection<String> keys);

  /** Forgets a deleted resource's tags. */
  void forget(String resourceArn);

  /**
   * Tags kept in the engine's database, one document per resource: they survive restarts and every
   * node sees them.
   */
  static TagStore durable(io.stepwell.engine.store.KeyValueStore documents) {
    return new DurableTagStore(documents);
  }

  /** Tags in this process's memory only. */
  static TagStore inMemory() {
    return new InMemory();
  }

  /** The in-memory tag store. */
  final class InMemory implements TagStore {
    private final Map<String, Map<String, String>> byArn = new ConcurrentHashMap<>();

    private InMemory() {}

    @Override
    public Map<String, String> tags(String resourceArn) {
      Map<String, String> tags = byArn.get(resourceArn);
      if (tags == null) {
        return Map.of();
      }
      synchronized (tags) {
        return new LinkedHashMap<>(tags);
      }
    }

    @Override
    public void tag(String resourceArn, Map<String, String> tags) {
      Map<String, String> held = byArn.computeIfAbsent(resourceArn, k -> new LinkedHashMap<>());
      synchronized (held) {
        held.putAll(tags);
      }
    }

    @Override
    public void untag(String resourceArn, Collection<String> keys) {
      Map<String, String> held = byArn.get(resourceArn);
      if (held != null) {
        synchronized (held) {
          held.keySet().removeAll(keys);
        }
      }
    }

    @Override
    public void forget(String resourceArn) {
      byArn.remove(resourceArn);
    }
  }
}
