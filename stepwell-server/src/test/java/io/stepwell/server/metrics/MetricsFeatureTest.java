package io.stepwell.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoreException;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.sfn.StepFunctionsApi;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

class MetricsFeatureTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/r";
  private final HttpClient http = HttpClient.newHttpClient();
  private StepwellMetrics metrics;
  private Engine engine;
  private StepwellServer server;

  private void start(Store healthStore) {
    metrics = new StepwellMetrics();
    engine = Engine.builder(new MeteredStore(new InMemoryStore(), metrics)).build();
    server =
        StepwellServer.builder(engine)
            .bind("127.0.0.1", 0)
            .feature(new MetricsFeature(metrics, healthStore))
            .feature(new StepFunctionsApi())
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private SfnClient sfn() {
    return SfnClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void metricsCountExecutionsTransitionsRequestsAndCommits() throws Exception {
    // given
    start(null);
    String ok =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}";
    String bad = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}";
    String okArn;
    String badArn;
    try (SfnClient sfn = sfn()) {
      okArn =
          sfn.createStateMachine(b -> b.name("ok").definition(ok).roleArn(ROLE)).stateMachineArn();
      badArn =
          sfn.createStateMachine(b -> b.name("bad").definition(bad).roleArn(ROLE))
              .stateMachineArn();
      sfn.listStateMachines();
    }

    // when
    String e1 = engine.startExecution(okArn, "e1", "{}").arn();
    String e2 = engine.startExecution(badArn, "e2", "{}").arn();
    engine.awaitExecution(e1, Duration.ofSeconds(10));
    engine.awaitExecution(e2, Duration.ofSeconds(10));
    HttpResponse<String> res = get("/metrics");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    Map<String, Double> s = ExpositionFormat.parse(res.body());
    assertThat(s)
        .containsEntry("stepwell_executions_started_total", 2.0)
        .containsEntry("stepwell_executions_succeeded_total", 1.0)
        .containsEntry("stepwell_executions_failed_total", 1.0)
        .containsEntry("stepwell_state_transitions_total", 3.0)
        .containsEntry("stepwell_api_request_seconds_count{action=\"CreateStateMachine\"}", 2.0)
        .containsEntry("stepwell_api_request_seconds_count{action=\"ListStateMachines\"}", 1.0)
        .containsEntry("stepwell_store_commit_seconds_count{operation=\"createExecution\"}", 2.0);
    assertThat(s.get("stepwell_store_commit_seconds_count{operation=\"appendStep\"}"))
        .as("the Wait state's timer fires in a later step")
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void requestsForUnservedTargetsShareOneLabel() throws Exception {
    // given
    start(null);

    // when
    for (String target : new String[] {"AWSStepFunctions.Nope1", "Whatever.Nope2"}) {
      http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
              .header("X-Amz-Target", target)
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    // then
    Map<String, Double> s = ExpositionFormat.parse(get("/metrics").body());
    assertThat(s)
        .containsEntry("stepwell_api_request_seconds_count{action=\"Unknown\"}", 2.0)
        .containsEntry("stepwell_api_request_errors_total{action=\"Unknown\"}", 2.0)
        .doesNotContainKey("stepwell_api_request_seconds_count{action=\"Nope1\"}");
  }

  @Test
  void healthReportsAReachableStore() throws Exception {
    // given
    start(new InMemoryStore());

    // when
    HttpResponse<String> res = get("/health");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(Json.asObject(Json.parse(res.body())))
        .containsOnly(Map.entry("status", "UP"), Map.entry("store", "UP"));
  }

  @Test
  void healthIs503WhenTheStoreFails() throws Exception {
    // given
    start(failingStore());

    // when
    HttpResponse<String> res = get("/health");

    // then
    assertThat(res.statusCode()).isEqualTo(503);
    assertThat(Json.asObject(Json.parse(res.body())))
        .containsEntry("status", "DOWN")
        .containsEntry("store", "DOWN")
        .hasEntrySatisfying("error", e -> assertThat((String) e).contains("database is gone"));
  }

  /** A store whose every call fails, as a database that went away. */
  private static Store failingStore() {
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              throw new StoreException("database is gone");
            });
  }
}
