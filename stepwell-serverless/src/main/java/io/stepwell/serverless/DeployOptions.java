package io.stepwell.serverless;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a deploy is told besides the project: the command-line options ({@code ${opt:stage}}, {@code
 * ${opt:region}}, ...), the environment ({@code ${env:NAME}}) and the account ARNs name ({@code
 * ${aws:accountId}}, {@code AWS::AccountId}; the engine's account).
 *
 * @param options the options by name, without dashes: {@code stage}, {@code region}, ...
 * @param environment the environment variables
 * @param accountId twelve digits
 */
public record DeployOptions(
    Map<String, String> options, Map<String, String> environment, String accountId) {
  public DeployOptions {
    options = Map.copyOf(options);
    environment = Map.copyOf(environment);
    if (accountId == null || !accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("accountId must be 12 digits, not " + accountId);
    }
  }

  /** No options, this process's environment, the engine's default account. */
  public static DeployOptions defaults() {
    return new DeployOptions(Map.of(), System.getenv(), io.stepwell.engine.Engine.DEFAULT_ACCOUNT);
  }

  /** These options with {@code --name value}. */
  public DeployOptions withOption(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(options);
    next.put(name, value);
    return new DeployOptions(next, environment, accountId);
  }

  /** These options with {@code --stage stage}. */
  public DeployOptions withStage(String stage) {
    return withOption("stage", stage);
  }

  /** These options with {@code --region region}. */
  public DeployOptions withRegion(String region) {
    return withOption("region", region);
  }

  /** These options with another environment. */
  public DeployOptions withEnvironment(Map<String, String> value) {
    return new DeployOptions(options, value, accountId);
  }

  /** These options with another account. */
  public DeployOptions withAccountId(String value) {
    return new DeployOptions(options, environment, value);
  }
}
