package io.stepwell.serverless;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A function of the project, named as the Framework names it.
 *
 * @param key its key under {@code functions}
 * @param name the deployed name: {@code name}, else {@code SERVICE-STAGE-KEY}
 * @param logicalId the Framework's CloudFormation logical id, e.g. {@code HelloLambdaFunction}
 * @param runtime the function's {@code runtime}, else the provider's
 * @param handler as written, e.g. {@code com.example.Handler::handle} or {@code handler.hello}
 * @param code the code: {@code package.artifact} (a jar or a classes folder) or, without one, the
 *     project folder
 * @param timeout {@code timeout}, else the provider's, else the Framework's 6 seconds
 * @param memoryMb {@code memorySize}, else the provider's, else the Framework's 1024
 * @param environment the provider's environment overlaid with the function's
 * @param arn the Lambda ARN, {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}
 * @param at where the function is declared
 */
public record FunctionDef(
    String key,
    String name,
    String logicalId,
    String runtime,
    String handler,
    Path code,
    Duration timeout,
    int memoryMb,
    Map<String, String> environment,
    String arn,
    Position at) {
  public FunctionDef {
    environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
  }

  /**
   * Whether it is a Java function (run in process on the Java 21 runtime); others run when the
   * function host has their runtime (Node.js, Python, custom).
   */
  public boolean runnable() {
    return runtime.startsWith("java");
  }
}
