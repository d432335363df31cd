package io.stepwell.serverless.yaml;

import io.stepwell.serverless.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping with string keys, in the order written.
 *
 * @param entries the values by key
 * @param keys where each key was written
 * @param at where the mapping starts
 */
public record Mapping(Map<String, Node> entries, Map<String, Position> keys, Position at)
    implements Node {
  public Mapping {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  /** The value of {@code key}, or {@code null}. */
  public Node get(String key) {
    return entries.get(key);
  }

  /** Where {@code key} was written, or where the mapping starts when it is absent. */
  public Position keyAt(String key) {
    return keys.getOrDefault(key, at);
  }

  /** A mapping with the same keys and positions and other values. */
  public Mapping withEntries(Map<String, Node> values) {
    return new Mapping(values, keys, at);
  }

  @Override
  public Object toPlain() {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v.toPlain()));
    return out;
  }
}
