package io.stepwell.functions.java;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedApiLoaderTest {
  @Test
  void sharesOnlyTheLambdaCorePackagesAndTheEnvironment() {
    assertThat(SharedApiLoader.isShared("com.amazonaws.services.lambda.runtime.Context")).isTrue();
    assertThat(SharedApiLoader.isShared("com.amazonaws.services.lambda.runtime.logging.LogLevel"))
        .isTrue();
    assertThat(SharedApiLoader.isShared("io.stepwell.functions.api.StepwellEnvironment")).isTrue();
    assertThat(SharedApiLoader.isShared("com.amazonaws.services.lambda.runtime.events.SQSEvent"))
        .isFalse();
    assertThat(SharedApiLoader.isShared("io.stepwell.functions.api.EnvironmentBinding")).isFalse();
    assertThat(SharedApiLoader.isShared("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
  }
}
