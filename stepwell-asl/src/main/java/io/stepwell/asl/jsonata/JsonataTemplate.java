package io.stepwell.asl.jsonata;

import io.stepwell.asl.Entropy;
import java.util.Map;

/** Placeholder until the JSONata layer lands. */
public final class JsonataTemplate {
  public static final Object UNDEFINED = new Object();
  private final Object value;

  private JsonataTemplate(Object value) {
    this.value = value;
  }

  public static JsonataTemplate compile(Object value) {
    return new JsonataTemplate(value);
  }

  public Object evaluate(
      String field, Map<String, Object> states, Map<String, Object> variables, Entropy entropy) {
    return value;
  }

  public boolean isConstant() {
    return true;
  }
}
