package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Functions created through the Lambda API are the ones Task states call: the ARNs agree. */
class LambdaWithStepFunctionsTest {
  @TempDir Path data;

  @Test
  void aTaskStateCallsTheFunctionTheApiCreatedByItsArn() throws Exception {
    // given
    FunctionHost host =
        new FunctionHost(Engine.DEFAULT_REGION, Engine.DEFAULT_ACCOUNT, List.of(new JavaRuntime()));
    try (Engine engine = Engine.builder(new InMemoryStore()).functions(host).build();
        StepwellServer server =
            StepwellServer.builder(engine)
                .functions(host)
                .bind("127.0.0.1", 0)
                .feature(new LambdaApi(data))
                .start();
        LambdaClient lambda =
            LambdaClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
      String arn =
          lambda
              .createFunction(b ->
                  b.functionName("echo")
                      .runtime(Runtime.JAVA21)
                      .role(LambdaTestServer.ROLE)
                      .handler("demo.Echo")
                      .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes()))))
              .functionArn();
      String definition =
          "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
              + arn
              + "\",\"End\":true}}}";
      String sm =
          engine
              .createStateMachine(
                  "calls-echo", definition, null, "arn:aws:iam::123456789012:role/r")
              .arn();

      // when
      String execution = engine.startExecution(sm, "e", "{\"via\":\"sfn\"}").arn();
      ExecutionRecord done = engine.awaitExecution(execution, Duration.ofSeconds(20));

      // then
      assertThat(done.status()).isEqualTo("SUCCEEDED");
      assertThat(Json.asObject(Json.parse(done.output()))).containsEntry("via", "sfn");
    } finally {
      host.close();
    }
  }

  @Test
  void aHostOfAnotherAccountIsRefusedAtStart() {
    FunctionHost host = new FunctionHost("us-east-1", "000000000000", List.of(new JavaRuntime()));
    try (Engine engine = Engine.builder(new InMemoryStore()).build()) {
      assertThatThrownBy(() ->
              StepwellServer.builder(engine)
                  .functions(host)
                  .bind("127.0.0.1", 0)
                  .feature(new LambdaApi(data))
                  .start())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("000000000000")
          .hasMessageContaining("123456789012");
    } finally {
      host.close();
    }
  }

  @Test
  void theLambdaApiNeedsAFunctionHost() {
    try (Engine engine = Engine.builder(new InMemoryStore()).build()) {
      assertThatThrownBy(() ->
              StepwellServer.builder(engine)
                  .bind("127.0.0.1", 0)
                  .feature(new LambdaApi(data))
                  .start())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("function host");
    }
  }
}
