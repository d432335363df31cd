package io.stepwell.server.lambda;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** A real server on a free port with the Lambda API, and an SDK client pointed at it. */
final class LambdaTestServer implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::123456789012:role/lambda-role";

  final Engine engine;
  final FunctionHost host;
  final StepwellServer server;
  final LambdaClient lambda;

  LambdaTestServer(Path data) {
    engine = Engine.builder(new InMemoryStore()).build();
    host = new FunctionHost(engine.region(), engine.account(), List.of(new JavaRuntime()));
    server =
        StepwellServer.builder(engine)
            .functions(host)
            .bind("127.0.0.1", 0)
            .feature(new LambdaApi(data))
            .start();
    lambda =
        LambdaClient.builder()
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(
                UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
            .build();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** Creates a function from the fixture package, uploaded as Code.ZipFile. */
  CreateFunctionResponse create(String name, String handler) {
    return create(name, handler, 3);
  }

  CreateFunctionResponse create(String name, String handler, int timeoutSeconds) {
    return lambda.createFunction(b ->
        b.functionName(name)
            .runtime(Runtime.JAVA21)
            .role(ROLE)
            .handler(handler)
            .timeout(timeoutSeconds)
            .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaFixtures.packageBytes()))));
  }

  @Override
  public void close() {
    lambda.close();
    server.close();
    host.close();
    engine.close();
  }
}
