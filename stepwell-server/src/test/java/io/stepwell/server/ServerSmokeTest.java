package io.stepwell.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.server.sfn.StepFunctionsApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

class ServerSmokeTest {
  private Engine engine;
  private StepwellServer server;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    engine = Engine.builder(new InMemoryStore()).build();
    server =
        StepwellServer.builder(engine).bind("127.0.0.1", 0).feature(new StepFunctionsApi()).start();
    sfn =
        SfnClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterEach
  void stop() {
    sfn.close();
    server.close();
    engine.close();
  }

  @Test
  void sdkCreatesAndListsStateMachines() {
    // given
    String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    // when
    String arn =
        sfn.createStateMachine(b ->
                b.name("hello").definition(definition).roleArn("arn:aws:iam::123456789012:role/x"))
            .stateMachineArn();

    // then
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:hello");
    assertThat(sfn.listStateMachines().stateMachines())
        .singleElement()
        .satisfies(sm -> assertThat(sm.name()).isEqualTo("hello"));
  }

  @Test
  void invalidDefinitionIsAwsError() {
    assertThatThrownBy(() ->
            sfn.createStateMachine(
                b -> b.name("bad").definition("{}").roleArn("arn:aws:iam::123456789012:role/x")))
        .isInstanceOfSatisfying(
            SfnException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidDefinition");
              assertThat(e.statusCode()).isEqualTo(400);
            });
  }

  @Test
  void healthAnswers() throws Exception {
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("UP");
  }
}
