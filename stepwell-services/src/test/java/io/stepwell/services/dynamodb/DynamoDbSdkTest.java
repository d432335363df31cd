package io.stepwell.services.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** The DynamoDB API through the AWS SDK for Java v2 against a real server. */
class DynamoDbSdkTest {
  private final DynamoServer dynamo = new DynamoServer();
  private final DynamoDbClient client = dynamo.client;

  @AfterEach
  void stop() {
    dynamo.close();
  }

  static AttributeValue s(String v) {
    return AttributeValue.fromS(v);
  }

  static AttributeValue n(String v) {
    return AttributeValue.fromN(v);
  }

  /** Table {@code name}: partition key pk (S), sort key sk (N), on demand. */
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers
  static void createOrders(DynamoDbClient client, String name) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(
                a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
            .keySchema(
                k -> k.attributeName("pk").keyType(KeyType.HASH),
                k -> k.attributeName("sk").keyType(KeyType.RANGE)));
  }

  @Test
  void tablesAreCreatedDescribedListedAndDeleted() {
    // given
    createOrders(client, "orders");

    // when
    var table = client.describeTable(b -> b.tableName("orders")).table();

    // then
    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:123456789012:table/orders");
    assertThat(table.keySchema()).hasSize(2);
    assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(client.listTables().tableNames()).containsExactly("orders");
    assertThatThrownBy(() -> createOrders(client, "orders"))
        .isInstanceOfSatisfying(
            ResourceInUseException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Table already exists: orders"));
    client.deleteTable(b -> b.tableName("orders"));
    assertThat(client.listTables().tableNames()).isEmpty();
    assertThatThrownBy(() -> client.describeTable(b -> b.tableName("orders")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Requested resource not found: Table: orders not found"));
  }

  @Test
  void itemsArePutReadUpdatedAndDeletedWithConditions() {
    // given
    createOrders(client, "orders");
    client.putItem(
        b -> b.tableName("orders").item(Map.of("pk", s("a"), "sk", n("1"), "total", n("10.50"))));
    Map<String, AttributeValue> key = Map.of("pk", s("a"), "sk", n("1"));

    // when
    var updated =
        client.updateItem(b ->
            b.tableName("orders")
                .key(key)
                .updateExpression("SET #t = #t + :add, tags = :tags")
                .conditionExpression("attribute_exists(pk) AND #t < :max")
                .expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(
                    Map.of(
                        ":add", n("2"),
                        ":max", n("100"),
                        ":tags", AttributeValue.fromSs(List.of("x", "y"))))
                .returnValues(ReturnValue.UPDATED_NEW));

    // then
    assertThat(updated.attributes())
        .containsEntry("total", n("12.5"))
        .containsEntry("tags", AttributeValue.fromSs(List.of("x", "y")));
    assertThat(client.getItem(b -> b.tableName("orders").key(key)).item())
        .containsEntry("total", n("12.5"));
    assertThat(
            client.getItem(b -> b.tableName("orders").key(key).projectionExpression("tags")).item())
        .containsOnlyKeys("tags");
    assertThatThrownBy(() ->
            client.putItem(b ->
                b.tableName("orders").item(key).conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOfSatisfying(
            ConditionalCheckFailedException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("The conditional request failed");
              assertThat(e.statusCode()).isEqualTo(400);
            });
    var deleted =
        client.deleteItem(b -> b.tableName("orders").key(key).returnValues(ReturnValue.ALL_OLD));
    assertThat(deleted.attributes()).containsEntry("total", n("12.5"));
    assertThat(client.getItem(b -> b.tableName("orders").key(key)).hasItem()).isFalse();
  }

  @Test
  void queryPagesThroughASortKeyRange() {
    // given
    createOrders(client, "orders");
    for (int i = 1; i <= 10; i++) {
      String sk = Integer.toString(i);
      client.putItem(b ->
          b.tableName("orders")
              .item(
                  Map.of(
                      "pk",
                      s("a"),
                      "sk",
                      n(sk),
                      "odd",
                      AttributeValue.fromBool(Integer.parseInt(sk) % 2 == 1))));
      client.putItem(b -> b.tableName("orders").item(Map.of("pk", s("b"), "sk", n(sk))));
    }

    // when
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page =
          client.query(b ->
              b.tableName("orders")
                  .keyConditionExpression("pk = :a AND sk BETWEEN :lo AND :hi")
                  .expressionAttributeValues(Map.of(":a", s("a"), ":lo", n("3"), ":hi", n("8")))
                  .scanIndexForward(false)
                  .limit(4)
                  .exclusiveStartKey(from));
      page.items().forEach(item -> seen.add(item.get("sk").n()));
      start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
      pages++;
    } while (start != null && pages < 10);

    // then
    assertThat(seen).containsExactly("8", "7", "6", "5", "4", "3");
    assertThat(pages).isEqualTo(2);
    QueryResponse filtered =
        client.query(b ->
            b.tableName("orders")
                .keyConditionExpression("pk = :a AND sk > :lo")
                .filterExpression("odd = :t")
                .expressionAttributeValues(
                    Map.of(":a", s("a"), ":lo", n("4"), ":t", AttributeValue.fromBool(true)))
                .select(Select.COUNT));
    assertThat(filtered.count()).isEqualTo(3);
    assertThat(filtered.scannedCount()).isEqualTo(6);
    assertThat(filtered.hasItems()).isFalse();
  }

  @Test
  void scanFiltersAndPages() {
    // given
    createOrders(client, "orders");
    for (int i = 1; i <= 7; i++) {
      String sk = Integer.toString(i);
      client.putItem(b -> b.tableName("orders").item(Map.of("pk", s("p" + sk), "sk", n(sk))));
    }

    // when
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page =
          client.scan(b ->
              b.tableName("orders")
                  .filterExpression("sk >= :three")
                  .expressionAttributeValues(Map.of(":three", n("3")))
                  .limit(3)
                  .exclusiveStartKey(from));
      page.items().forEach(item -> seen.add(item.get("pk").s()));
      start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
    } while (start != null);

    // then
    assertThat(seen).containsExactlyInAnyOrder("p3", "p4", "p5", "p6", "p7");
  }

  @Test
  @SuppressWarnings("unchecked") // the SDK's varargs of keys
  void batchesWriteAndReadSeveralItems() {
    // given
    createOrders(client, "orders");

    // when
    client.batchWriteItem(b ->
        b.requestItems(
            Map.of(
                "orders",
                List.of(
                    software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(p -> p.item(Map.of("pk", s("a"), "sk", n("1"))))
                        .build(),
                    software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(p -> p.item(Map.of("pk", s("a"), "sk", n("2"))))
                        .build()))));
    var read =
        client.batchGetItem(b ->
            b.requestItems(
                Map.of(
                    "orders",
                    software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
                        .keys(
                            Map.of("pk", s("a"), "sk", n("1")), Map.of("pk", s("a"), "sk", n("3")))
                        .build())));

    // then
    assertThat(read.responses().get("orders")).hasSize(1);
    assertThat(read.unprocessedKeys()).isEmpty();
  }
}
