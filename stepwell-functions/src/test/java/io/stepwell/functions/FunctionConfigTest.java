package io.stepwell.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionConfigTest {
  private static final Path CODE = Path.of("code.jar");

  @Test
  void defaultsAreLambdas() {
    // when
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);

    // then
    assertThat(config.runtime()).isEqualTo("java21");
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.memoryMb()).isEqualTo(128);
    assertThat(config.environment()).isEmpty();
    assertThat(config.reservedConcurrency()).isZero();
  }

  @Test
  void nameMustBeLettersDigitsHyphensOrUnderscores() {
    assertThatThrownBy(() -> FunctionConfig.java21("my function", "pkg.Handler", CODE))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage(
            "A function name must be 1 to 64 letters, digits, hyphens or underscores, not 'my"
                + " function'.");
    assertThatThrownBy(() -> FunctionConfig.java21("a".repeat(65), "pkg.Handler", CODE))
        .isInstanceOf(InvalidFunctionException.class);
    assertThat(FunctionConfig.java21("Ok_name-1", "pkg.Handler", CODE).name())
        .isEqualTo("Ok_name-1");
  }

  @Test
  void handlerMustBeOneWordOfAtMost128Characters() {
    assertThatThrownBy(() -> FunctionConfig.java21("f", "pkg. Handler", CODE))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessageContaining("the handler must be 1 to 128 characters without spaces");
    assertThatThrownBy(() -> FunctionConfig.java21("f", "h".repeat(129), CODE))
        .isInstanceOf(InvalidFunctionException.class);
  }

  @Test
  void timeoutMustBePositiveAndAtMostFifteenMinutes() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThatThrownBy(() -> config.withTimeout(Duration.ZERO))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage(
            "Function f: the timeout must be more than 0 and at most 900 seconds, not PT0S.");
    assertThatThrownBy(() -> config.withTimeout(Duration.ofSeconds(901)))
        .isInstanceOf(InvalidFunctionException.class);
    assertThat(config.withTimeout(Duration.ofMinutes(15)).timeout()).hasSeconds(900);
  }

  @Test
  void memoryMustBeWithinLambdasRange() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThatThrownBy(() -> config.withMemoryMb(127))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage("Function f: the memory size must be 128 to 10240 MB, not 127 MB.");
    assertThatThrownBy(() -> config.withMemoryMb(10241))
        .isInstanceOf(InvalidFunctionException.class);
    assertThat(config.withMemoryMb(10240).memoryMb()).isEqualTo(10240);
  }

  @Test
  void environmentKeysFollowLambdasPattern() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThatThrownBy(() -> config.withEnvironment(Map.of("1ABC", "x")))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage(
            "Function f: environment variable names must match [a-zA-Z][a-zA-Z0-9_]+, not '1ABC'.");
    assertThatThrownBy(() -> config.withEnvironment(Map.of("A-B", "x")))
        .isInstanceOf(InvalidFunctionException.class);
  }

  @Test
  void reservedEnvironmentKeysAreRefused() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThatThrownBy(() -> config.withEnvironment(Map.of("AWS_REGION", "x", "TABLE", "t")))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage(
            "Function f: Lambda reserves these environment variables and sets them itself:"
                + " AWS_REGION.");
  }

  @Test
  void timeZoneMayBeSet() {
    // AWS lists TZ among the variables a function may set (its reserved list no longer has it)
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    FunctionConfig tokyo = config.withEnvironment(Map.of("TZ", "Asia/Tokyo"));
    assertThat(FunctionSpec.of(tokyo, "us-east-1", "123456789012").environment())
        .containsEntry("TZ", "Asia/Tokyo");
    assertThat(FunctionSpec.of(config, "us-east-1", "123456789012").environment())
        .containsEntry("TZ", ":UTC");
  }

  @Test
  void environmentMayTakeAtMostFourKilobytes() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThat(config.withEnvironment(Map.of("KEY", "v".repeat(4093))).environment()).hasSize(1);
    assertThatThrownBy(() -> config.withEnvironment(Map.of("KEY", "v".repeat(4094))))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage(
            "Function f: environment variables take 4097 bytes; Lambda allows at most 4 KB (4096"
                + " bytes).");
  }

  @Test
  void reservedConcurrencyCannotBeNegative() {
    FunctionConfig config = FunctionConfig.java21("f", "pkg.Handler", CODE);
    assertThatThrownBy(() -> config.withReservedConcurrency(-1))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage("Function f: reserved concurrency must be 0 (no limit) or more, not -1.");
  }

  @Test
  void specAddsTheVariablesLambdaSets() {
    // given
    FunctionConfig config =
        FunctionConfig.java21("f", "pkg.Handler", CODE)
            .withMemoryMb(256)
            .withEnvironment(Map.of("TABLE", "orders"));

    // when
    FunctionSpec spec = FunctionSpec.of(config, "eu-west-1", "123456789012");

    // then
    assertThat(spec.functionArn()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:f");
    assertThat(spec.environment())
        .containsEntry("TABLE", "orders")
        .containsEntry("AWS_REGION", "eu-west-1")
        .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "f")
        .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
        .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/f")
        .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java21")
        .containsEntry("_HANDLER", "pkg.Handler");
  }
}
