package io.stepwell.asl.intrinsic;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.path.DataScope;

/** Placeholder until the intrinsic functions land. */
public final class IntrinsicExpression {
  private final String text;

  private IntrinsicExpression(String text) {
    this.text = text;
  }

  public static boolean isIntrinsic(String text) {
    return text.startsWith("States.") && text.indexOf('(') > 0;
  }

  public static IntrinsicExpression parse(String text) {
    return new IntrinsicExpression(text);
  }

  public Object evaluate(DataScope scope, Entropy entropy) {
    throw new UnsupportedOperationException(text + scope + entropy);
  }

  public String text() {
    return text;
  }
}
