package io.stepwell.services.dynamodb;

import java.util.List;
import java.util.Map;

/**
 * A document path ({@code a.b[0].c}) with its names resolved: each element is an attribute or map
 * member name ({@code String}) or a list index ({@code Integer}).
 */
record DocPath(List<Object> elements) {

  DocPath {
    elements = List.copyOf(elements);
  }

  /** The top-level attribute the path starts from. */
  String head() {
    return (String) elements.get(0);
  }

  boolean nested() {
    return elements.size() > 1;
  }

  /** The value at this path in an item, or {@code null} when there is none. */
  @SuppressWarnings("unchecked")
  Map<String, Object> read(Map<String, Object> item) {
    if (item == null) {
      return null;
    }
    Map<String, Object> value = (Map<String, Object>) item.get(head());
    for (int i = 1; i < elements.size() && value != null; i++) {
      value = child(value, elements.get(i));
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> value, Object element) {
    if (element instanceof Integer index) {
      if (!(value.get("L") instanceof List<?> list) || index >= list.size()) {
        return null;
      }
      return (Map<String, Object>) list.get(index);
    }
    if (!(value.get("M") instanceof Map<?, ?> members)) {
      return null;
    }
    return (Map<String, Object>) members.get(element);
  }

  /** Whether one path is the other or starts with it (two updates of the same document part). */
  boolean overlaps(DocPath other) {
    int n = Math.min(elements.size(), other.elements.size());
    for (int i = 0; i < n; i++) {
      if (!elements.get(i).equals(other.elements.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the paths go through the same place as a map member in one and a list index in the
   * other.
   */
  boolean conflicts(DocPath other) {
    int n = Math.min(elements.size(), other.elements.size());
    for (int i = 0; i < n; i++) {
      Object a = elements.get(i);
      Object b = other.elements.get(i);
      if (a.getClass() != b.getClass()) {
        return true;
      }
      if (!a.equals(b)) {
        return false;
      }
    }
    return false;
  }

  /** DynamoDB's rendering in messages: {@code [a, b, [0]]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Object e = elements.get(i);
      out.append(e instanceof Integer ? "[" + e + "]" : e);
    }
    return out.append(']').toString();
  }
}
