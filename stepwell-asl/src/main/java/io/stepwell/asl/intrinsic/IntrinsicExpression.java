package io.stepwell.asl.intrinsic;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;
import java.util.ArrayList;
import java.util.List;

/**
 * One intrinsic function call, such as {@code States.Format('Hello {}', $.name)}, parsed once per
 * definition and evaluated against a state's data as often as the state runs.
 *
 * <p>A failure is a {@code States.Runtime} {@link StatesFailure}, as on AWS, whose cause names the
 * whole expression as written: {@code The function 'States.MathAdd($.a, 1)' had the following
 * error: Invalid arguments in States.MathAdd}. The interpreter puts AWS's {@code An error occurred
 * while executing the state '...' (entered at the event id #n). } in front of it.
 *
 * <p>Results may share arrays and objects with the scope's data; a caller that changes a result in
 * place must copy it first.
 */
public final class IntrinsicExpression {
  private final String text;
  private final FunctionCall call;

  private IntrinsicExpression(String text, FunctionCall call) {
    this.text = text;
    this.call = call;
  }

  /**
   * True when a string value of a {@code .$} field is an intrinsic call (starts with {@code
   * States.} and has a {@code (}) rather than a path.
   */
  public static boolean isIntrinsic(String text) {
    return text != null && text.startsWith("States.") && text.indexOf('(') >= 0;
  }

  /**
   * Parses a call.
   *
   * @throws IntrinsicSyntaxException for bad syntax, an unknown function name, a literal of a form
   *     the language does not have, or an invalid JSONPath argument
   */
  public static IntrinsicExpression parse(String text) {
    return new IntrinsicExpression(text, IntrinsicParser.parse(text));
  }

  /**
   * Evaluates the call: paths read {@code $} (the state's effective input), {@code $$} (the context
   * object) and variables from {@code scope}; {@code States.UUID} and an unseeded {@code
   * States.MathRandom} draw from {@code entropy}.
   *
   * @throws StatesFailure {@code States.Runtime} with AWS's cause when an argument is missing or
   *     not what its function accepts
   */
  public Object evaluate(DataScope scope, Entropy entropy) {
    try {
      return evaluate(call, scope, entropy);
    } catch (IntrinsicError e) {
      throw StatesFailure.runtime(
          "The function '" + text + "' had the following error: " + e.getMessage());
    }
  }

  /** The call as written in the definition. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  private static Object evaluate(FunctionCall call, DataScope scope, Entropy entropy) {
    List<Object> values = new ArrayList<>(call.arguments().size());
    for (Argument argument : call.arguments()) {
      values.add(
          switch (argument) {
            case StringLiteral s -> s.value();
            case ValueLiteral v -> v.value();
            case PathArgument p -> read(p, scope);
            case FunctionCall nested -> evaluate(nested, scope, entropy);
          });
    }
    return call.function().apply(new Invocation(values, call.arguments(), entropy));
  }

  private static Object read(PathArgument argument, DataScope scope) {
    Object value = argument.path().read(scope);
    if (value != Missing.VALUE) {
      return value;
    }
    // AWS reports a context path rewritten to start at '$', and always shows the state input.
    String path = argument.path().text();
    throw new IntrinsicError(
        "The JsonPath argument for the field '"
            + (path.startsWith("$$") ? path.substring(1) : path)
            + "' could not be found in the input '"
            + Json.write(scope.input())
            + "'");
  }
}
