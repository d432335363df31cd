package io.stepwell.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --error} and {@code --cause}, as StopExecution and SendTaskFailure take them. */
final class ErrorOptions {
  @Option(names = "--error")
  String error;

  @Option(names = "--cause")
  String cause;

  /** A request naming {@code key: value}, with the error and cause given. */
  Map<String, Object> request(String key, String value) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put(key, value);
    if (error != null) {
      req.put("error", error);
    }
    if (cause != null) {
      req.put("cause", cause);
    }
    return req;
  }
}
