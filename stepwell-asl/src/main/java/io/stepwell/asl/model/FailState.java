package io.stepwell.asl.model;

/**
 * {@code "Type": "Fail"}: ends the execution with an error and a cause. Each is given literally or
 * by a path (or an intrinsic function, for the path forms), or not at all.
 */
public record FailState(
    String name,
    String error,
    ValueExpression errorPath,
    String cause,
    ValueExpression causePath,
    JsonataFields jsonata)
    implements State {
  @Override
  public String next() {
    return null;
  }

  @Override
  public IoPath inputPath() {
    return IoPath.ROOT;
  }

  @Override
  public IoPath outputPath() {
    return IoPath.ROOT;
  }

  @Override
  public String typeName() {
    return "Fail";
  }
}
