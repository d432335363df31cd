package io.stepwell.serverless.cloudformation;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Scalar;
import io.stepwell.serverless.yaml.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudFormation's intrinsic functions over a {@link Stack}, evaluated as CloudFormation does at
 * deploy time: {@code Ref}, {@code Fn::GetAtt} (list and {@code Logical.Attr} forms), {@code
 * Fn::Sub} (string and list forms, {@code ${AWS::Region}}, {@code ${Logical}}, {@code
 * ${Logical.Attr}}, {@code ${!Literal}}), {@code Fn::Join}, {@code Fn::Select} and {@code
 * Fn::Split}. Values come out as plain JSON-like Java values.
 */
public final class Intrinsics {
  private final Stack stack;

  Intrinsics(Stack stack) {
    this.stack = stack;
  }

  /** Whether {@code node} is an intrinsic function call: one key, {@code Ref} or {@code Fn::*}. */
  public static boolean isIntrinsic(Node node) {
    return node instanceof Mapping m
        && m.entries().size() == 1
        && (m.entries().containsKey("Ref")
            || m.entries().keySet().iterator().next().startsWith("Fn::"));
  }

  /** Whether {@code node} contains an intrinsic function call anywhere. */
  public static boolean containsIntrinsic(Node node) {
    return switch (node) {
      case Scalar s -> false;
      case Sequence s -> s.items().stream().anyMatch(Intrinsics::containsIntrinsic);
      case Mapping m ->
          isIntrinsic(m) || m.entries().values().stream().anyMatch(Intrinsics::containsIntrinsic);
    };
  }

  /** {@code node} as plain values, every intrinsic function call replaced by its value. */
  public Object resolve(Node node) {
    return switch (node) {
      case Scalar s -> s.value();
      case Sequence s -> {
        List<Object> out = new ArrayList<>();
        s.items().forEach(i -> out.add(resolve(i)));
        yield out;
      }
      case Mapping m when isIntrinsic(m) -> call(m);
      case Mapping m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> out.put(k, resolve(v)));
        yield out;
      }
    };
  }

  private Object call(Mapping m) {
    Map.Entry<String, Node> only = m.entries().entrySet().iterator().next();
    String function = only.getKey();
    Node argument = only.getValue();
    Position at = m.keyAt(function);
    return switch (function) {
      case "Ref" -> ref(string(argument, "Ref"), argument.at());
      case "Fn::GetAtt" -> getAtt(argument);
      case "Fn::Sub" -> sub(argument);
      case "Fn::Join" -> join(argument);
      case "Fn::Select" -> select(argument);
      case "Fn::Split" -> split(argument);
      default ->
          throw new ServerlessException(
              at,
              function
                  + " is not supported here (supported: Ref, Fn::GetAtt, Fn::Sub, Fn::Join,"
                  + " Fn::Select, Fn::Split)");
    };
  }

  /** {@code Ref}: a pseudo parameter's value or a resource's. */
  public String ref(String name, Position at) {
    String pseudo = stack.pseudo(name);
    return pseudo != null ? pseudo : stack.resource(name, at).ref(at);
  }

  private String getAtt(Node argument) {
    String id;
    String attribute;
    Position at = argument.at();
    if (argument instanceof Sequence s && s.items().size() == 2) {
      at = s.items().get(0).at();
      id = string(s.items().get(0), "Fn::GetAtt");
      Object attr = resolve(s.items().get(1));
      if (!(attr instanceof String a)) {
        throw new ServerlessException(s.items().get(1).at(), "Fn::GetAtt needs an attribute name");
      }
      attribute = a;
    } else if (argument instanceof Scalar sc && sc.value() instanceof String t && t.contains(".")) {
      at = sc.at(0);
      id = t.substring(0, t.indexOf('.'));
      attribute = t.substring(t.indexOf('.') + 1);
    } else {
      throw new ServerlessException(
          argument.at(), "Fn::GetAtt takes [LogicalId, Attribute] or LogicalId.Attribute");
    }
    return stack.resource(id, at).attribute(attribute, at);
  }

  private String sub(Node argument) {
    if (argument instanceof Scalar s && s.value() instanceof String template) {
      return sub(template, Map.of(), s);
    }
    if (argument instanceof Sequence seq
        && seq.items().size() == 2
        && seq.items().get(0) instanceof Scalar s
        && s.value() instanceof String template
        && seq.items().get(1) instanceof Mapping vars) {
      Map<String, Object> values = new LinkedHashMap<>();
      vars.entries().forEach((k, v) -> values.put(k, resolve(v)));
      return sub(template, values, s);
    }
    throw new ServerlessException(
        argument.at(), "Fn::Sub takes a string or [string, {Name: value, ...}]");
  }

  /**
   * {@code Fn::Sub} on {@code template}: each {@code ${Name}} is a variable of {@code values}, a
   * pseudo parameter, {@code Logical.Attribute} or a logical id; {@code ${!Text}} is {@code
   * ${Text}}.
   */
  public String sub(String template, Map<String, Object> values, Scalar owner) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      int close = template.indexOf('}', open);
      if (close < 0) {
        out.append(template, open, template.length());
        break;
      }
      String name = template.substring(open + 2, close).trim();
      Position at = owner.at(open);
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else {
        out.append(variable(name, values, at));
      }
      i = close + 1;
    }
    return out.toString();
  }

  private String variable(String name, Map<String, Object> values, Position at) {
    if (values.containsKey(name)) {
      Object v = values.get(name);
      if (v instanceof String || v instanceof Number || v instanceof Boolean) {
        return String.valueOf(v);
      }
      throw new ServerlessException(at, "Fn::Sub variable " + name + " is not a string");
    }
    String pseudo = stack.pseudo(name);
    if (pseudo != null) {
      return pseudo;
    }
    int dot = name.indexOf('.');
    if (dot > 0) {
      return stack.resource(name.substring(0, dot), at).attribute(name.substring(dot + 1), at);
    }
    try {
      return stack.resource(name, at).ref(at);
    } catch (ServerlessException e) {
      throw new ServerlessException(
          at, "cannot resolve ${" + name + "} in Fn::Sub: " + e.detail(), e);
    }
  }

  private String join(Node argument) {
    if (!(argument instanceof Sequence s) || s.items().size() != 2) {
      throw new ServerlessException(argument.at(), "Fn::Join takes [delimiter, [values]]");
    }
    String delimiter = string(s.items().get(0), "Fn::Join");
    Object values = resolve(s.items().get(1));
    if (!(values instanceof List<?> list)) {
      throw new ServerlessException(s.items().get(1).at(), "Fn::Join needs a list of values");
    }
    List<String> parts = new ArrayList<>();
    for (Object v : list) {
      if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        throw new ServerlessException(s.items().get(1).at(), "Fn::Join joins strings only");
      }
      parts.add(String.valueOf(v));
    }
    return String.join(delimiter, parts);
  }

  private Object select(Node argument) {
    if (!(argument instanceof Sequence s) || s.items().size() != 2) {
      throw new ServerlessException(argument.at(), "Fn::Select takes [index, [values]]");
    }
    Object index = resolve(s.items().get(0));
    Object values = resolve(s.items().get(1));
    int i;
    try {
      i = Integer.parseInt(String.valueOf(index));
    } catch (NumberFormatException e) {
      throw new ServerlessException(s.items().get(0).at(), "Fn::Select needs a number index");
    }
    if (!(values instanceof List<?> list) || i < 0 || i >= list.size()) {
      throw new ServerlessException(argument.at(), "Fn::Select index " + i + " is out of range");
    }
    return list.get(i);
  }

  private List<String> split(Node argument) {
    if (!(argument instanceof Sequence s) || s.items().size() != 2) {
      throw new ServerlessException(argument.at(), "Fn::Split takes [delimiter, string]");
    }
    String delimiter = string(s.items().get(0), "Fn::Split");
    Object source = resolve(s.items().get(1));
    if (!(source instanceof String text)) {
      throw new ServerlessException(s.items().get(1).at(), "Fn::Split splits a string");
    }
    return List.of(text.split(java.util.regex.Pattern.quote(delimiter), -1));
  }

  private String string(Node node, String function) {
    Object value = resolve(node);
    if (!(value instanceof String s)) {
      throw new ServerlessException(node.at(), function + " needs a string here");
    }
    return s;
  }
}
