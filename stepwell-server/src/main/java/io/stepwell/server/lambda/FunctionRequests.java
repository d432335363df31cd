package io.stepwell.server.lambda;

import io.stepwell.asl.json.Json;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.InvalidFunctionException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the members of {@code CreateFunction} and {@code UpdateFunctionConfiguration} into a {@link
 * FunctionConfig}, refusing what Lambda refuses with Lambda's words.
 */
final class FunctionRequests {
  private static final Pattern ROLE =
      Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
  private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])+");
  private static final int MAX_ENV_BYTES = 4096;
  private static final Set<String> RESERVED_ENV = FunctionConfig.RESERVED_ENVIRONMENT_KEYS;

  private FunctionRequests() {}

  /** The role, required and matching Lambda's pattern. */
  static String role(Map<String, Object> req, boolean required) {
    String role = Members.string(req, "Role");
    if (role == null) {
      if (required) {
        throw LambdaException.validation(
            "Value null at 'role' failed to satisfy constraint: Member must not be null");
      }
      return null;
    }
    if (!ROLE.matcher(role).matches()) {
      throw LambdaException.validation(
          "Value '"
              + role
              + "' at 'role' failed to satisfy constraint: Member must satisfy regular expression"
              + " pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    }
    return role;
  }

  /** The description, at most 256 characters. */
  static String description(Map<String, Object> req, String fallback) {
    String d = Members.string(req, "Description");
    if (d == null) {
      return fallback;
    }
    if (d.length() > 256) {
      throw LambdaException.validation(
          "Value '"
              + d
              + "' at 'description' failed to satisfy constraint: Member must have length less"
              + " than or equal to 256");
    }
    return d;
  }

  /**
   * The configuration a request asks for, on top of {@code base} ({@code null} for a new function:
   * then {@code Runtime} and {@code Handler} are required).
   */
  static FunctionConfig config(
      String name, Map<String, Object> req, FunctionConfig base, java.nio.file.Path code) {
    if ("Image".equals(Members.string(req, "PackageType"))) {
      throw LambdaException.invalidParameter(
          "Container images are not supported here; use PackageType Zip.");
    }
    String runtime = Members.string(req, "Runtime");
    String handler = Members.string(req, "Handler");
    if (base == null && (runtime == null || handler == null)) {
      throw LambdaException.invalidParameter(
          "Runtime and Handler are mandatory parameters for functions created with deployment"
              + " packages.");
    }
    Integer timeout = Members.integer(req, "Timeout");
    Integer memory = Members.integer(req, "MemorySize");
    checkRange("timeout", timeout, 1, 900);
    checkRange("memorySize", memory, 128, 10240);
    Map<String, String> env = environment(req);
    FunctionConfig b =
        base != null ? base : FunctionConfig.of(name, runtime, handler, code).withMemoryMb(128);
    try {
      return new FunctionConfig(
          name,
          runtime != null ? runtime : b.runtime(),
          handler != null ? handler : b.handler(),
          code != null ? code : b.code(),
          timeout != null ? Duration.ofSeconds(timeout) : b.timeout(),
          memory != null ? memory : b.memoryMb(),
          env != null ? env : b.environment(),
          b.reservedConcurrency());
    } catch (InvalidFunctionException e) {
      throw LambdaException.invalidParameter(e.getMessage());
    }
  }

  private static void checkRange(String member, Integer value, int min, int max) {
    if (value == null) {
      return;
    }
    if (value < min) {
      throw LambdaException.validation(
          "Value '"
              + value
              + "' at '"
              + member
              + "' failed to satisfy constraint: Member must have value greater than or equal to "
              + min);
    }
    if (value > max) {
      throw LambdaException.validation(
          "Value '"
              + value
              + "' at '"
              + member
              + "' failed to satisfy constraint: Member must have value less than or equal to "
              + max);
    }
  }

  /** {@code Environment.Variables}, or {@code null} when the request leaves them as they are. */
  private static Map<String, String> environment(Map<String, Object> req) {
    Map<String, Object> environment = Members.object(req, "Environment");
    if (environment == null) {
      return null;
    }
    Map<String, Object> vars = Members.object(environment, "Variables");
    Map<String, String> out = new LinkedHashMap<>();
    if (vars == null) {
      return out;
    }
    for (Map.Entry<String, Object> e : vars.entrySet()) {
      if (!(e.getValue() instanceof String value)) {
        throw LambdaException.invalidContent("environment variable values must be strings.");
      }
      if (!ENV_KEY.matcher(e.getKey()).matches()) {
        throw LambdaException.validation(
            "Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy"
                + " constraint: [Member must satisfy regular expression pattern:"
                + " [a-zA-Z]([a-zA-Z0-9_])+]");
      }
      out.put(e.getKey(), value);
    }
    List<String> reserved = out.keySet().stream().filter(RESERVED_ENV::contains).sorted().toList();
    if (!reserved.isEmpty()) {
      throw LambdaException.invalidParameter(
          "Lambda was unable to configure your environment variables because the environment"
              + " variables you have provided contains reserved keys that are currently not"
              + " supported for modification. Reserved keys used in this request: "
              + String.join(", ", reserved));
    }
    String measured = Json.write(out);
    if (measured.getBytes(StandardCharsets.UTF_8).length > MAX_ENV_BYTES) {
      throw LambdaException.invalidParameter(
          "Lambda was unable to configure your environment variables because the environment"
              + " variables you have provided exceeded the 4KB limit. String measured: "
              + measured);
    }
    return out;
  }
}
