package io.stepwell.server.sfn;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.server.StepwellServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A real server on port 0 over an engine whose {@code sqs:sendMessage} tasks park until a callback
 * (their tokens are handed to the test), and an SDK client for it.
 */
final class SfnServer implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::123456789012:role/stepwell";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":1},\"End\":true}}}";
  static final String CALLBACK =
      """
      {"StartAt":"Send","States":{
        "Send":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token","in.$":"$"}},
          "Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}
      """;
  static final String WAIT =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}";

  final Store store;
  final Engine engine;
  final StepwellServer server;
  final SfnClient sfn;
  final BlockingQueue<TaskInvocation> tasks = new LinkedBlockingQueue<>();

  SfnServer() {
    this(new InMemoryStore(), new StepFunctionsApi());
  }

  SfnServer(Store store, StepFunctionsApi api) {
    this.store = store;
    this.engine =
        Engine.builder(store)
            .tasks(
                "arn:aws:states:::sqs:sendMessage",
                invocation -> {
                  tasks.add(invocation);
                  return new TaskOutcome.Pending();
                })
            .build();
    this.server = StepwellServer.builder(engine).bind("127.0.0.1", 0).feature(api).start();
    this.sfn = client(false);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /**
   * An SDK client; {@code noHostPrefix} turns off the {@code sync-} prefix of StartSyncExecution.
   */
  SfnClient client(boolean noHostPrefix) {
    return SfnClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(75)).build())
        .overrideConfiguration(o -> {
          if (noHostPrefix) {
            o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true);
          }
        })
        .build();
  }

  String createStateMachine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  /** The next task the engine dispatched. */
  TaskInvocation nextTask() throws InterruptedException {
    TaskInvocation t = tasks.poll(10, TimeUnit.SECONDS);
    if (t == null) {
      throw new AssertionError("no task was dispatched within 10 s");
    }
    return t;
  }

  /** Waits until the execution has left RUNNING. */
  void awaitEnd(String executionArn) throws InterruptedException {
    engine.awaitExecution(executionArn, Duration.ofSeconds(10));
  }

  /** A raw POST of the AWS JSON protocol: status and body. */
  HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint())
            .header("X-Amz-Target", target)
            .header("Content-Type", "application/x-amz-json-1.0")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  @Override
  public void close() {
    sfn.close();
    server.close();
    engine.close();
    store.close();
  }
}
