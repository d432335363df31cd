package io.stepwell.asl.jsonata;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled part of a {@link JsonataTemplate}: a constant, an expression, or an object or array
 * holding at least one expression. Each evaluates to a JSON value, extending the field path AWS
 * names in causes with {@code /key} for an object member and {@code [i]} for an array item.
 */
sealed interface TemplateNode {
  Object evaluate(String field, EvaluationScope scope);

  /** A part without expressions; shared, as JSON values are never changed once made. */
  record Constant(Object value) implements TemplateNode {
    @Override
    public Object evaluate(String field, EvaluationScope scope) {
      return value;
    }
  }

  /** A {@code {% %}} string: its value, and an error when it yields nothing. */
  record Expression(JsonataExpression expression) implements TemplateNode {
    @Override
    public Object evaluate(String field, EvaluationScope scope) {
      Object value = expression.evaluate(field, scope);
      if (JsonataTemplate.UNDEFINED.equals(value)) {
        throw expression.returnedNothing(field);
      }
      return value;
    }
  }

  /** An object with an expression somewhere inside; members keep their order. */
  record ObjectNode(List<Map.Entry<String, TemplateNode>> members) implements TemplateNode {
    @Override
    public Object evaluate(String field, EvaluationScope scope) {
      Map<String, Object> object = LinkedHashMap.newLinkedHashMap(members.size());
      for (Map.Entry<String, TemplateNode> member : members) {
        object.put(
            member.getKey(), member.getValue().evaluate(field + "/" + member.getKey(), scope));
      }
      return object;
    }
  }

  /** An array with an expression somewhere inside. */
  record ArrayNode(List<TemplateNode> items) implements TemplateNode {
    @Override
    public Object evaluate(String field, EvaluationScope scope) {
      List<Object> array = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        array.add(items.get(i).evaluate(field + "[" + i + "]", scope));
      }
      return array;
    }
  }

  /** Compiles a JSON value whose string leaves may be expressions. */
  static TemplateNode compile(Object value) {
    if (JsonataExpression.isExpression(value)) {
      return new Expression(JsonataExpression.parse((String) value));
    }
    if (value instanceof Map<?, ?> map) {
      List<Map.Entry<String, TemplateNode>> members = new ArrayList<>(map.size());
      boolean constant = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        TemplateNode member = compile(e.getValue());
        constant &= member instanceof Constant;
        members.add(Map.entry(String.valueOf(e.getKey()), member));
      }
      return constant ? new Constant(Json.deepCopy(value)) : new ObjectNode(List.copyOf(members));
    }
    if (value instanceof List<?> list) {
      List<TemplateNode> items = new ArrayList<>(list.size());
      boolean constant = true;
      for (Object item : list) {
        TemplateNode node = compile(item);
        constant &= node instanceof Constant;
        items.add(node);
      }
      return constant ? new Constant(Json.deepCopy(value)) : new ArrayNode(List.copyOf(items));
    }
    return new Constant(value);
  }
}
