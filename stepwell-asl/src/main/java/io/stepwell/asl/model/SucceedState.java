package io.stepwell.asl.model;

/** {@code "Type": "Succeed"}: ends its branch successfully. */
public record SucceedState(String name, IoPath inputPath, IoPath outputPath, JsonataFields jsonata)
    implements State {
  @Override
  public String next() {
    return null;
  }

  @Override
  public String typeName() {
    return "Succeed";
  }
}
