package io.stepwell.functions.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start an execution environment of one function: the command, its working directory (the
 * task root, as Lambda runs functions in {@code /var/task}) and environment, whether its bootstrap
 * writes Stepwell's output markers, whether it may write telemetry frames (AWS's own runtime
 * clients), and the limits the instances keep.
 *
 * @param environment every variable the process sees except the two each instance adds ({@code
 *     AWS_LAMBDA_RUNTIME_API}, {@code AWS_LAMBDA_LOG_STREAM_NAME})
 */
record LaunchPlan(
    List<String> command,
    Path workingDirectory,
    Map<String, String> environment,
    boolean markers,
    boolean frames,
    int memorySizeMb,
    long initTimeoutNanos) {
  LaunchPlan {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
