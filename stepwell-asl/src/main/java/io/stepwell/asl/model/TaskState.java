package io.stepwell.asl.model;

import io.stepwell.asl.path.JsonPathExpr;

/**
 * {@code "Type": "Task"}: calls a resource and waits for its result.
 *
 * @param resource the resource ARN as written
 * @param timeoutSeconds {@code TimeoutSeconds}, or {@code null}
 * @param timeoutSecondsPath {@code TimeoutSecondsPath}, or {@code null}
 * @param heartbeatSeconds {@code HeartbeatSeconds}, or {@code null}
 * @param heartbeatSecondsPath {@code HeartbeatSecondsPath}, or {@code null}
 */
public record TaskState(
    String name,
    String next,
    IoPath inputPath,
    IoPath outputPath,
    Resource resource,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    ResultPath resultPath,
    Long timeoutSeconds,
    JsonPathExpr timeoutSecondsPath,
    Long heartbeatSeconds,
    JsonPathExpr heartbeatSecondsPath,
    ErrorHandling errorHandling,
    PayloadTemplate assign,
    JsonataFields jsonata)
    implements State {
  @Override
  public String typeName() {
    return "Task";
  }
}
