package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.Runtime;

class LambdaHotReloadTest {
  @TempDir Path data;
  @TempDir Path code;
  private LambdaTestServer t;

  @BeforeEach
  void start() {
    t = new LambdaTestServer(data);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private CreateFunctionResponse createHotReload(String key) {
    return t.lambda.createFunction(b ->
        b.functionName("marker")
            .runtime(Runtime.JAVA21)
            .role(LambdaTestServer.ROLE)
            .handler("demo.Marker")
            .code(c -> c.s3Bucket("hot-reload").s3Key(key)));
  }

  private String invokeMarker() {
    return t.lambda.invoke(b -> b.functionName("marker")).payload().asUtf8String();
  }

  @Test
  void aHotReloadFunctionRunsTheNewCodeOnceItsFilesChange() throws Exception {
    // given
    LambdaFixtures.compileInto(code, "demo.Marker", LambdaFunctionsApiTest.markerSource("v1"));
    CreateFunctionResponse created = createHotReload(code.toString());
    assertThat(invokeMarker()).isEqualTo("\"v1\"");

    // when
    LambdaFixtures.compileInto(code, "demo.Marker", LambdaFunctionsApiTest.markerSource("v2"));

    // then
    long deadline = System.nanoTime() + 15_000_000_000L;
    String answer = invokeMarker();
    while (!answer.equals("\"v2\"") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      answer = invokeMarker();
    }
    assertThat(answer).isEqualTo("\"v2\"");
    assertThat(t.lambda.getFunction(b -> b.functionName("marker")).configuration().revisionId())
        .isNotEqualTo(created.revisionId());
  }

  @Test
  void deletingAHotReloadFunctionLeavesTheUsersFilesAlone() {
    // given
    LambdaFixtures.compileInto(code, "demo.Marker", LambdaFunctionsApiTest.markerSource("v1"));
    createHotReload(code.toString());

    // when
    t.lambda.deleteFunction(b -> b.functionName("marker"));

    // then
    assertThat(code.resolve("demo").resolve("Marker.class")).exists();
  }

  @Test
  void aHotReloadKeyMustBeAnExistingAbsolutePath() {
    assertThatThrownBy(() -> createHotReload("relative/path"))
        .isInstanceOf(InvalidParameterValueException.class);
    assertThatThrownBy(() -> createHotReload(code.resolve("missing").toString()))
        .isInstanceOfSatisfying(
            InvalidParameterValueException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).contains("does not exist"));
  }
}
