package io.stepwell.services.dynamodb;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.server.StepwellServer;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A server on a free port with the DynamoDB API over an in-memory store, and an SDK client. */
final class DynamoServer implements AutoCloseable {
  final Engine engine = Engine.builder(new InMemoryStore()).build();
  final DynamoDbService service = new DynamoDbService(new InMemoryKeyValueStore());
  final StepwellServer server =
      StepwellServer.builder(engine).bind("127.0.0.1", 0).feature(new DynamoDbApi(service)).start();
  final DynamoDbClient client =
      DynamoDbClient.builder()
          .endpointOverride(endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .httpClient(UrlConnectionHttpClient.create())
          .build();

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  @Override
  public void close() {
    client.close();
    server.close();
    engine.close();
  }
}
