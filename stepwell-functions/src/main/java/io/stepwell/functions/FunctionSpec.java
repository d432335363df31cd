package io.stepwell.functions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function as a {@link FunctionRuntime} receives it: its configuration plus what Lambda derives
 * from it (ARN, log group, and the environment variables Lambda sets itself).
 *
 * @param config the function's configuration
 * @param region the host's region, e.g. {@code us-east-1}
 * @param accountId the host's account id, twelve digits
 * @param environment the variables the function sees: the configured ones and Lambda's reserved
 *     ones ({@code AWS_REGION}, {@code AWS_LAMBDA_FUNCTION_NAME}, ...), except {@code
 *     AWS_LAMBDA_LOG_STREAM_NAME}, which each execution environment adds for itself
 */
public record FunctionSpec(
    FunctionConfig config, String region, String accountId, Map<String, String> environment) {

  /** The only version a host has: functions are not published. */
  public static final String VERSION = "$LATEST";

  public FunctionSpec {
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
  }

  /** The spec of {@code config} in {@code region} and {@code accountId}, environment derived. */
  public static FunctionSpec of(FunctionConfig config, String region, String accountId) {
    Map<String, String> env = new LinkedHashMap<>(config.environment());
    env.put("AWS_REGION", region);
    env.put("AWS_DEFAULT_REGION", region);
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + config.runtime());
    env.put("AWS_LAMBDA_FUNCTION_NAME", config.name());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", VERSION);
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", logGroupOf(config.name()));
    env.put("LAMBDA_TASK_ROOT", config.code().toAbsolutePath().toString());
    env.put("_HANDLER", config.handler());
    // UTC unless the function sets its own time zone
    env.putIfAbsent("TZ", ":UTC");
    return new FunctionSpec(config, region, accountId, env);
  }

  /** The function's unqualified ARN, {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
  public String functionArn() {
    return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + config.name();
  }

  /** The CloudWatch log group Lambda would write to, {@code /aws/lambda/<name>}. */
  public String logGroupName() {
    return logGroupOf(config.name());
  }

  private static String logGroupOf(String name) {
    return "/aws/lambda/" + name;
  }
}
