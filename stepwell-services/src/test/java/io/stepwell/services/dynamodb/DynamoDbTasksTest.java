package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.Av.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DynamoDB Task states run by the engine. */
class DynamoDbTasksTest {
  private final TaskEngine tasks = new TaskEngine();

  @AfterEach
  void stop() {
    tasks.close();
  }

  private static final String COUNTER =
      """
      {"StartAt":"Put","States":{
        "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
          "Parameters":{"TableName":"counters","Item":{"id":{"S.$":"$.id"},"n":{"N":"1"}}},
          "ResultPath":null,"Next":"Bump"},
        "Bump":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:updateItem",
          "Parameters":{"TableName":"counters","Key":{"id":{"S.$":"$.id"}},
            "UpdateExpression":"SET n = n + :one","ConditionExpression":"n < :max",
            "ExpressionAttributeValues":{":one":{"N":"1"},":max":{"N":"2"}},
            "ReturnValues":"ALL_NEW"},
          "ResultSelector":{"n.$":"$.Attributes.n.N"},"ResultPath":"$.bumped","Next":"Get"},
        "Get":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem",
          "Parameters":{"TableName":"counters","Key":{"id":{"S.$":"$.id"}}},
          "ResultSelector":{"item.$":"$.Item"},"ResultPath":"$.read","Next":"BumpAgain"},
        "BumpAgain":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:updateItem",
          "Parameters":{"TableName":"counters","Key":{"id":{"S.$":"$.id"}},
            "UpdateExpression":"SET n = n + :one","ConditionExpression":"n < :max",
            "ExpressionAttributeValues":{":one":{"N":"1"},":max":{"N":"2"}}},
          "Catch":[{"ErrorEquals":["DynamoDB.ConditionalCheckFailedException"],
            "ResultPath":"$.failure","Next":"Done"}],
          "End":true},
        "Done":{"Type":"Succeed"}}}
      """;

  @Test
  void putUpdateGetAndACaughtConditionFailure() throws InterruptedException {
    // given
    tasks.createTable("counters");

    // when
    ExecutionRecord run = tasks.run(COUNTER, Map.of("id", "c1"));

    // then
    assertThat(run.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> output = json(run.output());
    assertThat(output.get("bumped")).isEqualTo(Map.of("n", "2"));
    assertThat(output.get("read"))
        .isEqualTo(json("{\"item\":{\"id\":{\"S\":\"c1\"},\"n\":{\"N\":\"2\"}}}"));
    Map<String, Object> failure = Json.asObject(output.get("failure"));
    assertThat(failure.get("Error")).isEqualTo("DynamoDB.ConditionalCheckFailedException");
    assertThat((String) failure.get("Cause"))
        .matches(
            "The conditional request failed \\(Service: AmazonDynamoDBv2; Status Code: 400; Error"
                + " Code: ConditionalCheckFailedException; Request ID: [A-Z0-9]{52}; Proxy:"
                + " null\\)");
  }

  @Test
  void sdkIntegrationAnswersTheBareResponse() throws InterruptedException {
    // given
    tasks.createTable("things");
    String definition =
        """
        {"StartAt":"Put","States":{
          "Put":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:putItem",
            "Parameters":{"TableName":"things","Item":{"id":{"S":"t1"}}},"ResultPath":"$.put",
            "Next":"Scan"},
          "Scan":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:scan",
            "Parameters":{"TableName":"things"},"ResultPath":"$.scan","End":true}}}
        """;

    // when
    ExecutionRecord run = tasks.run(definition, Map.of());

    // then
    assertThat(run.status()).isEqualTo("SUCCEEDED");
    assertThat(json(run.output()))
        .isEqualTo(
            json(
                """
                {"put":{},"scan":{"Items":[{"id":{"S":"t1"}}],"Count":1,"ScannedCount":1}}
                """));
  }
}
