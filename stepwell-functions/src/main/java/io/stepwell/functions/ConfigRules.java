package io.stepwell.functions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules Lambda's {@code CreateFunction} applies to a configuration, with clear messages. */
final class ConfigRules {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final Pattern HANDLER = Pattern.compile("\\S{1,128}");
  private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]+");
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(15);
  private static final int MIN_MEMORY_MB = 128;
  private static final int MAX_MEMORY_MB = 10240;
  private static final int MAX_ENVIRONMENT_BYTES = 4096;

  /**
   * Keys Lambda sets itself and refuses in a configuration. Not {@code TZ}: AWS's list of
   * unreserved variables has held it since 2022 (a function may set its time zone).
   */
  static final Set<String> RESERVED_KEYS =
      Set.of(
          "_HANDLER",
          "_X_AMZN_TRACE_ID",
          "AWS_DEFAULT_REGION",
          "AWS_REGION",
          "AWS_EXECUTION_ENV",
          "AWS_LAMBDA_FUNCTION_NAME",
          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
          "AWS_LAMBDA_FUNCTION_VERSION",
          "AWS_LAMBDA_INITIALIZATION_TYPE",
          "AWS_LAMBDA_LOG_GROUP_NAME",
          "AWS_LAMBDA_LOG_STREAM_NAME",
          "AWS_ACCESS_KEY",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_LAMBDA_RUNTIME_API",
          "LAMBDA_TASK_ROOT",
          "LAMBDA_RUNTIME_DIR");

  private ConfigRules() {}

  static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidFunctionException(
          "A function name must be 1 to 64 letters, digits, hyphens or underscores, not "
              + quoted(name)
              + ".");
    }
  }

  static void requireRuntime(String name, String runtime) {
    if (runtime == null || runtime.isBlank()) {
      throw new InvalidFunctionException(
          "Function " + name + " needs a runtime, e.g. " + FunctionConfig.JAVA_21 + ".");
    }
  }

  static void requireHandler(String name, String handler) {
    if (handler == null || !HANDLER.matcher(handler).matches()) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": the handler must be 1 to 128 characters without spaces, not "
              + quoted(handler)
              + ".");
    }
  }

  static void requireTimeout(String name, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": the timeout must be more than 0 and at most 900 seconds, not "
              + timeout
              + ".");
    }
  }

  static void requireMemory(String name, int memoryMb) {
    if (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": the memory size must be 128 to 10240 MB, not "
              + memoryMb
              + " MB.");
    }
  }

  static void requireEnvironment(String name, Map<String, String> environment) {
    int bytes = 0;
    for (Map.Entry<String, String> e : environment.entrySet()) {
      String key = e.getKey();
      if (key == null || !ENV_KEY.matcher(key).matches()) {
        throw new InvalidFunctionException(
            "Function "
                + name
                + ": environment variable names must match [a-zA-Z][a-zA-Z0-9_]+, not "
                + quoted(key)
                + ".");
      }
      if (e.getValue() == null) {
        throw new InvalidFunctionException(
            "Function " + name + ": environment variable " + key + " has no value.");
      }
      bytes += utf8Length(key) + utf8Length(e.getValue());
    }
    List<String> reserved =
        environment.keySet().stream().filter(RESERVED_KEYS::contains).sorted().toList();
    if (!reserved.isEmpty()) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": Lambda reserves these environment variables and sets them itself: "
              + String.join(", ", reserved)
              + ".");
    }
    if (bytes > MAX_ENVIRONMENT_BYTES) {
      throw new InvalidFunctionException(
          "Function "
              + name
              + ": environment variables take "
              + bytes
              + " bytes; Lambda allows at most 4 KB (4096 bytes).");
    }
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String quoted(String s) {
    return s == null ? "null" : "'" + s + "'";
  }
}
