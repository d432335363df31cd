package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.Functions;
import java.util.List;

/**
 * JSONata's {@code $now([picture [, timezone]])}: the evaluation's instant as an ISO-8601 string,
 * or formatted by the picture, taken from the {@link Invocation} rather than the JVM's clock.
 */
final class NowFunction implements AddedFunction {
  @Override
  public String name() {
    return "now";
  }

  @Override
  public String signature() {
    return "<s?s?:s>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    return Functions.dateTimeFromMillis(
        invocation.nowMillis(),
        (String) AddedFunction.argument(arguments, 0),
        (String) AddedFunction.argument(arguments, 1));
  }
}
