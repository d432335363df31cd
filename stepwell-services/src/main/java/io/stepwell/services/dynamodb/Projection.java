package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A projection expression ({@code a, b.c, d[1]}): the parts of an item it names, nested as they are
 * in the item; list elements keep their order and close up.
 */
final class Projection extends ExpressionParser {
  private static final List<Problem> ORDER =
      List.of(
          Problem.RESERVED, Problem.ATTRIBUTE_NAME, Problem.PATH_OVERLAP, Problem.PATH_CONFLICT);

  private Projection(String source, ExpressionContext context) {
    super("ProjectionExpression", source, context);
  }

  static List<DocPath> parse(String source, ExpressionContext context) {
    Projection parser = new Projection(source, context);
    List<DocPath> paths = new ArrayList<>();
    do {
      DocPath path = parser.path();
      for (DocPath earlier : paths) {
        if (earlier.conflicts(path)) {
          parser.problem(
              Problem.PATH_CONFLICT,
              "Two document paths conflict with each other; must remove or rewrite one of these"
                  + " paths; path one: "
                  + earlier
                  + ", path two: "
                  + path);
        } else if (earlier.overlaps(path)) {
          parser.problem(
              Problem.PATH_OVERLAP,
              "Two document paths overlap with each other; must remove or rewrite one of these"
                  + " paths; path one: "
                  + earlier
                  + ", path two: "
                  + path);
        }
      }
      paths.add(path);
    } while (parser.accept(","));
    parser.finish(ORDER);
    return paths;
  }

  @Override
  boolean keyword(Token t) {
    return false;
  }

  /** The parts of {@code item} at {@code paths}. */
  static Map<String, Object> apply(Map<String, Object> item, List<DocPath> paths) {
    Node root = new Node(new LinkedHashMap<>());
    for (DocPath path : paths) {
      Map<String, Object> value = path.read(item);
      if (value == null) {
        continue;
      }
      Node node = root;
      List<Object> elements = path.elements();
      for (int i = 0; i < elements.size() - 1; i++) {
        boolean list = elements.get(i + 1) instanceof Integer;
        node =
            (Node)
                node.children.computeIfAbsent(
                    elements.get(i), k -> new Node(list ? new TreeMap<>() : new LinkedHashMap<>()));
      }
      node.children.put(elements.get(elements.size() - 1), Json.deepCopy(value));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    root.children.forEach((k, v) -> out.put((String) k, build(v)));
    return out;
  }

  private static Object build(Object value) {
    if (!(value instanceof Node node)) {
      return value;
    }
    if (node.children instanceof TreeMap<?, ?>) {
      List<Object> elements = new ArrayList<>();
      node.children.values().forEach(v -> elements.add(build(v)));
      return AttributeValues.of("L", elements);
    }
    Map<String, Object> members = new LinkedHashMap<>();
    node.children.forEach((k, v) -> members.put((String) k, build(v)));
    return AttributeValues.of("M", members);
  }

  /** A map or list of the result under construction (a list's elements keyed by index). */
  private record Node(Map<Object, Object> children) {}
}
