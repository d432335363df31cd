package io.stepwell.asl.jsonata;

/** Placeholder until the JSONata layer lands. */
public final class JsonataExpression {
  private JsonataExpression() {}

  public static boolean isExpression(Object fieldValue) {
    return fieldValue instanceof String s && s.startsWith("{%") && s.endsWith("%}");
  }
}
