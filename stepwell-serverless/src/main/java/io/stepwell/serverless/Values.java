package io.stepwell.serverless;

import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Scalar;

/** Reading typed values out of resolved nodes, with errors that say where. */
final class Values {
  private Values() {}

  static String string(Node node, String what) {
    if (node instanceof Scalar s
        && (s.value() instanceof String
            || s.value() instanceof Number
            || s.value() instanceof Boolean)) {
      return String.valueOf(s.value());
    }
    throw new ServerlessException(node.at(), what + " must be a string");
  }

  static String optionalString(Mapping m, String key, String what) {
    Node node = m.get(key);
    return node == null || (node instanceof Scalar s && s.value() == null)
        ? null
        : string(node, what);
  }

  static Number number(Node node, String what) {
    if (node instanceof Scalar s) {
      if (s.value() instanceof Number n) {
        return n;
      }
      if (s.value() instanceof String t) {
        try {
          return Double.parseDouble(t.trim());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
    }
    throw new ServerlessException(node.at(), what + " must be a number");
  }

  static boolean bool(Node node, String what) {
    if (node instanceof Scalar s) {
      if (s.value() instanceof Boolean b) {
        return b;
      }
      if ("true".equals(s.value()) || "false".equals(s.value())) {
        return Boolean.parseBoolean((String) s.value());
      }
    }
    throw new ServerlessException(node.at(), what + " must be true or false");
  }

  static Mapping mapping(Node node, String what) {
    if (node instanceof Mapping m) {
      return m;
    }
    throw new ServerlessException(node.at(), what + " must be a mapping");
  }
}
