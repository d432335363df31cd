package io.stepwell.asl.jsonata;

import java.util.List;

/** {@code $uuid()}: a random version-4 UUID from the execution's entropy; it takes no argument. */
final class UuidFunction implements AddedFunction {
  @Override
  public String name() {
    return "uuid";
  }

  @Override
  public String signature() {
    return "<x?:x>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    AddedFunction.rejectArgumentsFrom(arguments, 0, name());
    return invocation.entropy().uuid();
  }
}
