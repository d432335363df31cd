package io.stepwell.asl.model;

import io.stepwell.asl.path.Missing;

/**
 * {@code "Type": "Pass"}: passes its input, or {@code Result}, to its output.
 *
 * @param result the {@code Result} value, or {@link Missing#VALUE} when there is none
 * @param parameters {@code Parameters}, or {@code null}
 * @param resultTooLarge whether {@code Result} alone exceeds AWS's 256 KiB payload limit
 */
public record PassState(
    String name,
    String next,
    IoPath inputPath,
    IoPath outputPath,
    PayloadTemplate parameters,
    Object result,
    ResultPath resultPath,
    boolean resultTooLarge,
    PayloadTemplate assign,
    JsonataFields jsonata)
    implements State {
  @Override
  public String typeName() {
    return "Pass";
  }
}
