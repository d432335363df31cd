package io.stepwell.asl.model;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.intrinsic.IntrinsicExpression;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;

/**
 * A field that takes either a reference path or an intrinsic call, such as a Fail state's {@code
 * ErrorPath} and {@code CausePath}.
 */
public sealed interface ValueExpression {
  /** The value, or {@link Missing#VALUE} when a path selects nothing. */
  Object evaluate(DataScope scope, Entropy entropy);

  /** The expression as written. */
  String text();

  /** Compiles a path or an intrinsic call. */
  static ValueExpression compile(String text) {
    return IntrinsicExpression.isIntrinsic(text)
        ? new Intrinsic(IntrinsicExpression.parse(text))
        : new Path(JsonPathExpr.compile(text));
  }

  /** A reference path. */
  record Path(JsonPathExpr path) implements ValueExpression {
    @Override
    public Object evaluate(DataScope scope, Entropy entropy) {
      return path.read(scope);
    }

    @Override
    public String text() {
      return path.text();
    }
  }

  /** An intrinsic function call. */
  record Intrinsic(IntrinsicExpression expression) implements ValueExpression {
    @Override
    public Object evaluate(DataScope scope, Entropy entropy) {
      return expression.evaluate(scope, entropy);
    }

    @Override
    public String text() {
      return expression.text();
    }
  }
}
