package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.Av.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables in the engine's database outlive the process; writers on one store do not lose updates.
 */
class DynamoDbDurabilityTest {
  private static final Map<String, Object> TABLE =
      json(
          """
          {"TableName":"kept","BillingMode":"PAY_PER_REQUEST",
           "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
           "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]}
          """);

  @Test
  void sqliteTablesSurviveAReopen(@TempDir Path dir) {
    // given
    try (JdbcStore store = JdbcStore.sqlite(dir)) {
      DynamoDbService dynamo = new DynamoDbService(store.keyValues());
      dynamo.call("CreateTable", TABLE);
      dynamo.call(
          "PutItem",
          json("{\"TableName\":\"kept\",\"Item\":{\"id\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}}"));
    }

    // when
    try (JdbcStore store = JdbcStore.sqlite(dir)) {
      DynamoDbService dynamo = new DynamoDbService(store.keyValues());
      Map<String, Object> got =
          dynamo.call("GetItem", json("{\"TableName\":\"kept\",\"Key\":{\"id\":{\"S\":\"a\"}}}"));

      // then
      assertThat(got).isEqualTo(json("{\"Item\":{\"id\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}}"));
      assertThat(dynamo.call("ListTables", Map.of()).get("TableNames")).isEqualTo(List.of("kept"));
    }
  }

  @Test
  void concurrentIncrementsFromTwoServicesAllCount() throws Exception {
    // given: two services (two nodes) on one store
    KeyValueStore store = new InMemoryKeyValueStore();
    DynamoDbService one = new DynamoDbService(store);
    DynamoDbService two = new DynamoDbService(store);
    one.call("CreateTable", TABLE);
    Map<String, Object> increment =
        json(
            """
            {"TableName":"kept","Key":{"id":{"S":"c"}},"UpdateExpression":"ADD n :one",
             "ExpressionAttributeValues":{":one":{"N":"1"}}}
            """);

    // when
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 200; i++) {
        DynamoDbService node = i % 2 == 0 ? one : two;
        done.add(pool.submit(() -> node.call("UpdateItem", increment)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }

    // then
    assertThat(one.call("GetItem", json("{\"TableName\":\"kept\",\"Key\":{\"id\":{\"S\":\"c\"}}}")))
        .isEqualTo(json("{\"Item\":{\"id\":{\"S\":\"c\"},\"n\":{\"N\":\"200\"}}}"));
  }
}
