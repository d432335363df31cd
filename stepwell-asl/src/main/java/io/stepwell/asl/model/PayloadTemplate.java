package io.stepwell.asl.model;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.intrinsic.IntrinsicExpression;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters, ResultSelector or ItemSelector, compiled: a tree of literals, paths ({@code "key.$":
 * "$.a"}) and intrinsic calls ({@code "key.$": "States.Format(...)"}).
 */
public sealed interface PayloadTemplate {
  /** Builds the payload. */
  Object evaluate(DataScope scope, Entropy entropy);

  /** Compiles a template from its JSON value. */
  static PayloadTemplate compile(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<Field> fields = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        if (key.endsWith(".$") && e.getValue() instanceof String expr) {
          String outKey = key.substring(0, key.length() - 2);
          if (IntrinsicExpression.isIntrinsic(expr)) {
            fields.add(new IntrinsicField(outKey, IntrinsicExpression.parse(expr)));
          } else {
            fields.add(new PathField(outKey, key, JsonPathExpr.compile(expr)));
          }
        } else {
          fields.add(new ValueField(key, compile(e.getValue())));
        }
      }
      return new ObjectTemplate(fields);
    }
    if (value instanceof List<?> list) {
      List<PayloadTemplate> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(compile(item));
      }
      return new ArrayTemplate(items);
    }
    return new Literal(value);
  }

  /** A constant, shared: values are never changed once made. */
  record Literal(Object value) implements PayloadTemplate {
    @Override
    public Object evaluate(DataScope scope, Entropy entropy) {
      return value;
    }
  }

  /** An array whose items are templates. */
  record ArrayTemplate(List<PayloadTemplate> items) implements PayloadTemplate {
    @Override
    public Object evaluate(DataScope scope, Entropy entropy) {
      List<Object> out = new ArrayList<>(items.size());
      for (PayloadTemplate item : items) {
        out.add(item.evaluate(scope, entropy));
      }
      return out;
    }
  }

  /** An object whose fields are templates. */
  record ObjectTemplate(List<Field> fields) implements PayloadTemplate {
    @Override
    public Object evaluate(DataScope scope, Entropy entropy) {
      Map<String, Object> out = LinkedHashMap.newLinkedHashMap(fields.size());
      for (Field field : fields) {
        out.put(field.key(), field.value(scope, entropy));
      }
      return out;
    }
  }

  /** One field of an object template. */
  sealed interface Field {
    String key();

    Object value(DataScope scope, Entropy entropy);
  }

  /** {@code "key": <template>} */
  record ValueField(String key, PayloadTemplate template) implements Field {
    @Override
    public Object value(DataScope scope, Entropy entropy) {
      return template.evaluate(scope, entropy);
    }
  }

  /** {@code "key.$": "$.path"} */
  record PathField(String key, String fieldName, JsonPathExpr path) implements Field {
    @Override
    public Object value(DataScope scope, Entropy entropy) {
      Object v = path.read(scope);
      if (v == Missing.VALUE) {
        Object document =
            switch (path.root()) {
              case INPUT -> scope.input();
              case CONTEXT -> scope.context();
              case VARIABLE -> scope.variable(path.variableName());
            };
        throw StatesFailure.runtime(
            "The JSONPath '"
                + path.text()
                + "' specified for the field '"
                + fieldName
                + "' could not be found in the input '"
                + (document == Missing.VALUE ? "" : Json.write(document))
                + "'");
      }
      return v;
    }
  }

  /** {@code "key.$": "States.Function(...)"} */
  record IntrinsicField(String key, IntrinsicExpression expression) implements Field {
    @Override
    public Object value(DataScope scope, Entropy entropy) {
      return expression.evaluate(scope, entropy);
    }
  }
}
