package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.Av.invalid;
import static io.stepwell.services.dynamodb.Av.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.InMemoryKeyValueStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queries on global and local secondary indexes. */
class DynamoDbIndexTest {
  private final DynamoDbService dynamo = new DynamoDbService(new InMemoryKeyValueStore());

  @BeforeEach
  void table() {
    dynamo.call(
        "CreateTable",
        json(
            """
            {"TableName":"games","BillingMode":"PAY_PER_REQUEST",
             "AttributeDefinitions":[{"AttributeName":"user","AttributeType":"S"},
               {"AttributeName":"game","AttributeType":"S"},
               {"AttributeName":"score","AttributeType":"N"},
               {"AttributeName":"at","AttributeType":"S"}],
             "KeySchema":[{"AttributeName":"user","KeyType":"HASH"},
               {"AttributeName":"game","KeyType":"RANGE"}],
             "GlobalSecondaryIndexes":[{"IndexName":"byGame",
               "KeySchema":[{"AttributeName":"game","KeyType":"HASH"},
                 {"AttributeName":"score","KeyType":"RANGE"}],
               "Projection":{"ProjectionType":"KEYS_ONLY"}}],
             "LocalSecondaryIndexes":[{"IndexName":"byTime",
               "KeySchema":[{"AttributeName":"user","KeyType":"HASH"},
                 {"AttributeName":"at","KeyType":"RANGE"}],
               "Projection":{"ProjectionType":"ALL"}}]}
            """));
    put("ann", "chess", "30", "2026-01-03");
    put("bob", "chess", "50", "2026-01-01");
    put("cid", "chess", "10", null);
    put("ann", "go", "70", "2026-01-02");
  }

  private void put(String user, String game, String score, String at) {
    String time = at == null ? "" : ",\"at\":{\"S\":\"" + at + "\"}";
    dynamo.call(
        "PutItem",
        json(
            "{\"TableName\":\"games\",\"Item\":{\"user\":{\"S\":\""
                + user
                + "\"},\"game\":{\"S\":\""
                + game
                + "\"},\"score\":{\"N\":\""
                + score
                + "\"}"
                + time
                + ",\"extra\":{\"S\":\"x\"}}}"));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> items(Map<String, Object> response) {
    return (List<Map<String, Object>>) response.get("Items");
  }

  @Test
  void globalIndexQueriesAcrossPartitionsInScoreOrderWithItsProjection() {
    // when
    Map<String, Object> top =
        dynamo.call(
            "Query",
            json(
                """
                {"TableName":"games","IndexName":"byGame","ScanIndexForward":false,"Limit":2,
                 "KeyConditionExpression":"game = :g AND score >= :min",
                 "ExpressionAttributeValues":{":g":{"S":"chess"},":min":{"N":"20"}}}
                """));

    // then
    assertThat(items(top))
        .containsExactly(
            json("{\"user\":{\"S\":\"bob\"},\"game\":{\"S\":\"chess\"},\"score\":{\"N\":\"50\"}}"),
            json("{\"user\":{\"S\":\"ann\"},\"game\":{\"S\":\"chess\"},\"score\":{\"N\":\"30\"}}"));
    assertThat(top.get("LastEvaluatedKey"))
        .isEqualTo(
            json("{\"user\":{\"S\":\"ann\"},\"game\":{\"S\":\"chess\"},\"score\":{\"N\":\"30\"}}"));
  }

  @Test
  void localIndexHoldsOnlyItemsWithItsSortKey() {
    // when
    Map<String, Object> byTime =
        dynamo.call(
            "Query",
            json(
                """
                {"TableName":"games","IndexName":"byTime",
                 "KeyConditionExpression":"#u = :u AND begins_with(#at, :month)",
                 "ExpressionAttributeNames":{"#u":"user","#at":"at"},
                 "ExpressionAttributeValues":{":u":{"S":"ann"},":month":{"S":"2026-01"}},
                 "ProjectionExpression":"game"}
                """));

    // then
    assertThat(items(byTime))
        .containsExactly(json("{\"game\":{\"S\":\"go\"}}"), json("{\"game\":{\"S\":\"chess\"}}"));
  }

  @Test
  void indexKeysMustHaveTheirDefinedTypes() {
    invalid(
        () ->
            dynamo.call(
                "PutItem",
                json(
                    """
                    {"TableName":"games","Item":{"user":{"S":"dan"},"game":{"S":"go"},
                     "score":{"S":"high"}}}
                    """)),
        "One or more parameter values were invalid: Type mismatch for Index Key score Expected: N"
            + " Actual: S IndexName: byGame");
  }
}
