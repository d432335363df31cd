package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.DynamoDbSdkTest.n;
import static io.stepwell.services.dynamodb.DynamoDbSdkTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** DynamoDB's refusals, as the SDK receives them (code and message). */
class DynamoDbErrorsTest {
  private final DynamoServer dynamo = new DynamoServer();
  private final DynamoDbClient client = dynamo.client;

  @BeforeEach
  void table() {
    DynamoDbSdkTest.createOrders(client, "orders");
  }

  @AfterEach
  void stop() {
    dynamo.close();
  }

  private static void refused(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
              assertThat(e.statusCode()).isEqualTo(400);
            });
  }

  @Test
  void itemOperationsOnAMissingTable() {
    assertThatThrownBy(() -> client.putItem(b -> b.tableName("nope").item(Map.of("pk", s("a")))))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Requested resource not found"));
  }

  @Test
  void keysMustMatchTheSchema() {
    refused(
        () -> client.putItem(b -> b.tableName("orders").item(Map.of("sk", n("1")))),
        "ValidationException",
        "One or more parameter values were invalid: Missing the key pk in the item");
    refused(
        () -> client.putItem(b -> b.tableName("orders").item(Map.of("pk", n("1"), "sk", n("1")))),
        "ValidationException",
        "One or more parameter values were invalid: Type mismatch for key pk expected: S actual:"
            + " N");
    refused(
        () -> client.getItem(b -> b.tableName("orders").key(Map.of("pk", s("a")))),
        "ValidationException",
        "The provided key element does not match the schema");
    refused(
        () -> client.getItem(b -> b.tableName("orders").key(Map.of("pk", s(""), "sk", n("1")))),
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute"
            + " cannot contain an empty string value. Key: pk");
  }

  @Test
  void expressionsAreChecked() {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key =
        Map.of("pk", s("a"), "sk", n("1"));
    refused(
        () ->
            client.updateItem(b ->
                b.tableName("orders")
                    .key(key)
                    .updateExpression("SET status = :s")
                    .expressionAttributeValues(Map.of(":s", s("x")))),
        "ValidationException",
        "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
    refused(
        () ->
            client.updateItem(b ->
                b.tableName("orders")
                    .key(key)
                    .updateExpression("SET a = :s")
                    .expressionAttributeValues(Map.of(":s", s("x"), ":t", s("y")))),
        "ValidationException",
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:t}");
    refused(
        () ->
            client.query(b ->
                b.tableName("orders")
                    .keyConditionExpression("sk = :s")
                    .expressionAttributeValues(Map.of(":s", n("1")))),
        "ValidationException",
        "Query condition missed key schema element: pk");
    refused(
        () ->
            client.query(b ->
                b.tableName("orders")
                    .keyConditionExpression("pk = :p OR sk = :s")
                    .expressionAttributeValues(Map.of(":p", s("a"), ":s", n("1")))),
        "ValidationException",
        "Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR");
    refused(
        () -> client.scan(b -> b.tableName("orders").indexName("byNothing")),
        "ValidationException",
        "The table does not have the specified index: byNothing");
  }

  @Test
  void putReturnsOnlyOldValues() {
    refused(
        () ->
            client.putItem(b ->
                b.tableName("orders")
                    .item(Map.of("pk", s("a"), "sk", n("1")))
                    .returnValues("ALL_NEW")),
        "ValidationException",
        "ReturnValues can only be ALL_OLD or NONE");
  }

  @Test
  void errorsAreNamespacedOnTheWire() throws Exception {
    // when
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(dynamo.endpoint() + "/"))
                    .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"TableName\":\"nope\",\"Key\":{\"pk\":{\"S\":\"a\"}}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.0");
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found\"}");
  }
}
