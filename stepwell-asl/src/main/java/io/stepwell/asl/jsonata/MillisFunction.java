package io.stepwell.asl.jsonata;

import java.util.List;

/**
 * JSONata's {@code $millis()}: the evaluation's instant in milliseconds since the epoch, taken from
 * the {@link Invocation} rather than the JVM's clock.
 */
final class MillisFunction implements AddedFunction {
  @Override
  public String name() {
    return "millis";
  }

  @Override
  public String signature() {
    return "<:n>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    return invocation.nowMillis();
  }
}
