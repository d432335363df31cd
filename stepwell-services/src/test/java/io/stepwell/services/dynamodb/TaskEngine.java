package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An engine whose DynamoDB Task states run on an in-memory DynamoDB service. */
final class TaskEngine implements AutoCloseable {
  final DynamoDbService service = new DynamoDbService(new InMemoryKeyValueStore());
  private final DynamoDbTasks tasks = new DynamoDbTasks(service);
  final Engine engine =
      Engine.builder(new InMemoryStore())
          .tasks(DynamoDbTasks.PREFIX, tasks)
          .tasks(DynamoDbTasks.SDK_PREFIX, tasks)
          .build();
  private int runs;

  /** Creates a table keyed by {@code id} (S). */
  void createTable(String name) {
    service.call(
        "CreateTable",
        Map.of(
            "TableName",
            name,
            "BillingMode",
            "PAY_PER_REQUEST",
            "AttributeDefinitions",
            List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
            "KeySchema",
            List.of(Map.of("AttributeName", "id", "KeyType", "HASH"))));
  }

  /** Runs a state machine to its end. */
  ExecutionRecord run(String definition, Object input) throws InterruptedException {
    runs++;
    String arn =
        engine
            .createStateMachine(
                "dynamo-" + runs, definition, null, "arn:aws:iam::123456789012:role/x")
            .arn();
    String execution = engine.startExecution(arn, "run-" + runs, Json.write(input)).arn();
    return engine.awaitExecution(execution, Duration.ofSeconds(20));
  }

  @Override
  public void close() {
    engine.close();
  }
}
