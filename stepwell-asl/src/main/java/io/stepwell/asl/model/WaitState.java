package io.stepwell.asl.model;

import io.stepwell.asl.path.JsonPathExpr;

/**
 * {@code "Type": "Wait"}: waits a number of seconds or until a time; exactly one of the four is
 * set.
 */
public record WaitState(
    String name,
    String next,
    IoPath inputPath,
    IoPath outputPath,
    Long seconds,
    JsonPathExpr secondsPath,
    String timestamp,
    JsonPathExpr timestampPath,
    PayloadTemplate assign,
    JsonataFields jsonata)
    implements State {
  @Override
  public String typeName() {
    return "Wait";
  }
}
