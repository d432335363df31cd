package io.stepwell.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSONPaths of the recorder's {@code jsonpath} transformers: {@code $} followed by child steps
 * ({@code .name}) and deep scans ({@code ..name}), e.g. {@code
 * $..events..stateExitedEventDetails.output}. Finds every place such a path selects, so a value can
 * be put there.
 */
final class DeepPath {
  private record Step(String name, boolean deep) {}

  /** One selected place: a key of an object. */
  record Location(Map<String, Object> parent, String key) {
    Object value() {
      return parent.get(key);
    }

    void set(Object value) {
      parent.put(key, value);
    }
  }

  private final List<Step> steps;

  private DeepPath(List<Step> steps) {
    this.steps = steps;
  }

  /**
   * Parses a path of child and deep-scan steps.
   *
   * @throws IllegalArgumentException for any other JSONPath syntax
   */
  static DeepPath parse(String path) {
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("not a path: " + path);
    }
    List<Step> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      boolean deep = path.startsWith("..", i);
      if (!deep && path.charAt(i) != '.') {
        throw new IllegalArgumentException("unsupported JSONPath: " + path);
      }
      int start = i + (deep ? 2 : 1);
      int end = path.indexOf('.', start);
      end = end < 0 ? path.length() : end;
      String name = path.substring(start, end);
      if (name.isEmpty() || name.contains("[") || name.contains("*")) {
        throw new IllegalArgumentException("unsupported JSONPath: " + path);
      }
      steps.add(new Step(name, deep));
      i = end;
    }
    return new DeepPath(steps);
  }

  /** Every place the path selects in a document. */
  List<Location> find(Object root) {
    List<Object> nodes = List.of(root);
    List<Location> found = List.of();
    for (Step step : steps) {
      found = new ArrayList<>();
      for (Object node : nodes) {
        if (step.deep()) {
          scan(node, step.name(), found);
        } else {
          child(node, step.name(), found);
        }
      }
      nodes = found.stream().map(Location::value).toList();
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static void child(Object node, String name, List<Location> out) {
    if (node instanceof Map<?, ?> map && map.containsKey(name)) {
      out.add(new Location((Map<String, Object>) map, name));
    }
  }

  private static void scan(Object node, String name, List<Location> out) {
    child(node, name, out);
    if (node instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        scan(v, name, out);
      }
    } else if (node instanceof List<?> list) {
      for (Object v : list) {
        scan(v, name, out);
      }
    }
  }
}
