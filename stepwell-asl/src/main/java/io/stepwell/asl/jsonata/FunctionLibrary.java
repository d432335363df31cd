package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The functions Stepwell binds into an evaluation on top of the port's built-ins: AWS's six added
 * functions, the standard ones that must draw from the execution's entropy or clock, and {@code
 * $eval}, which AWS does not offer, bound to nothing so that calling it fails as AWS's does ({@code
 * T1006: Attempted to invoke a non-function}).
 */
final class FunctionLibrary {
  private static final List<AddedFunction> ALL =
      List.of(
          new PartitionFunction(),
          new RangeFunction(),
          new HashFunction(),
          new RandomFunction(),
          new UuidFunction(),
          new ParseFunction(),
          new ShuffleFunction(),
          new NowFunction(),
          new MillisFunction());

  private FunctionLibrary() {}

  /**
   * The functions an expression can call. A function is reached only through its name written in
   * the expression, so the others need not be bound.
   */
  static List<AddedFunction> referencedBy(String expression) {
    return ALL.stream()
        .filter(f -> Pattern.compile("\\$" + f.name() + "\\b").matcher(expression).find())
        .toList();
  }

  /** Binds {@code functions} and the absent {@code $eval} into a fresh evaluation frame. */
  static void bind(Jsonata.Frame frame, List<AddedFunction> functions, Invocation invocation) {
    frame.bind("eval", (Object) null);
    for (AddedFunction function : functions) {
      frame.bind(
          function.name(),
          new Jsonata.JFunction(
              (input, arguments) -> function.apply(arguments, invocation), function.signature()));
    }
  }
}
