package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.Engine;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.store.jdbc.JdbcStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
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

/** A function made through the Lambda API is served again by a server restarted on its store. */
class LambdaRestartTest {
  @TempDir Path data;

  /** One server's life on the SQLite store in {@code data}. */
  private record Node(JdbcStore store, Engine engine, FunctionHost host, StepwellServer server)
      implements AutoCloseable {
    static Node start(Path data) {
      JdbcStore store = JdbcStore.sqlite(data.resolve("db"));
      Engine engine = Engine.builder(store).build();
      FunctionHost host =
          new FunctionHost(engine.region(), engine.account(), List.of(new JavaRuntime()));
      StepwellServer server =
          StepwellServer.builder(engine)
              .functions(host)
              .bind("127.0.0.1", 0)
              .feature(
                  new LambdaApi(
                      data.resolve("functions"), InstantSource.system(), store.keyValues()))
              .start();
      return new Node(store, engine, host, server);
    }

    LambdaClient client() {
      return LambdaClient.builder()
          .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
          .region(Region.US_EAST_1)
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .httpClient(UrlConnectionHttpClient.create())
          .build();
    }

    @Override
    public void close() {
      server.close();
      host.close();
      engine.close();
      store.close();
    }
  }

  @Test
  void functionCreatedThroughTheApiIsServedAfterARestartAndStaysDeleted() {
    String sha;
    try (Node node = Node.start(data);
        LambdaClient lambda = node.client()) {
      sha =
          lambda
              .createFunction(b ->
                  b.functionName("echo")
                      .runtime(Runtime.JAVA21)
                      .role(LambdaTestServer.ROLE)
                      .handler("demo.Echo")
                      .description("kept")
                      .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes()))))
              .codeSha256();
    }
    try (Node node = Node.start(data);
        LambdaClient lambda = node.client()) {
      var function = lambda.getFunction(b -> b.functionName("echo")).configuration();
      assertThat(function.codeSha256()).isEqualTo(sha);
      assertThat(function.description()).isEqualTo("kept");
      assertThat(
              lambda
                  .invoke(b -> b.functionName("echo").payload(SdkBytes.fromUtf8String("{\"a\":1}")))
                  .payload()
                  .asUtf8String())
          // demo.Echo answers the event with its function name and request id added
          .startsWith("{\"a\":1,\"function\":\"echo\",\"requestId\":");
      lambda.deleteFunction(b -> b.functionName("echo"));
    }
    try (Node node = Node.start(data);
        LambdaClient lambda = node.client()) {
      assertThat(lambda.listFunctions().functions()).isEmpty();
    }
  }
}
