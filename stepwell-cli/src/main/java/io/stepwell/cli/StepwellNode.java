package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.engine.store.Store;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.deploy.DeployFeature;
import io.stepwell.server.deploy.Deployments;
import io.stepwell.server.sfn.StepFunctionsApi;
import io.stepwell.server.sfn.TagStore;
import io.stepwell.serverless.schedule.ScheduleRunner;
import io.stepwell.services.dynamodb.DynamoDbApi;
import io.stepwell.services.dynamodb.DynamoDbService;
import io.stepwell.services.dynamodb.DynamoDbTasks;
import io.stepwell.store.jdbc.JdbcStore;
import java.time.InstantSource;
import java.util.List;

/**
 * One Stepwell node, put together: the store and its documents, the function host, the engine (with
 * the schedule runner and the services' task integrations), the deployed projects and, when asked,
 * the HTTP server. {@code serve} runs one; {@code deploy} without a server opens one on the data
 * folder without listening.
 */
final class StepwellNode implements AutoCloseable {
  final Store store;
  final KeyValueStore documents;
  final FunctionHost functions;
  final Engine engine;
  final Deployments deployments;
  final DynamoDbService dynamoDb;
  private StepwellServer server;

  StepwellNode(Store store, InstantSource clock, String region, String account, boolean runTimers) {
    this.store = store;
    this.documents =
        store instanceof JdbcStore jdbc ? jdbc.keyValues() : new InMemoryKeyValueStore();
    this.functions = new FunctionHost(region, account, List.of(new JavaRuntime()));
    ScheduleRunner schedules = new ScheduleRunner();
    this.dynamoDb = new DynamoDbService(documents, region, account, clock);
    DynamoDbTasks tables = new DynamoDbTasks(dynamoDb);
    try {
      this.engine =
          Engine.builder(store)
              .arnScope(region, account)
              .clock(clock)
              .runTimers(runTimers)
              .tasks(ScheduleRunner.RESOURCE_PREFIX, schedules)
              .tasks(DynamoDbTasks.PREFIX, tables)
              .tasks(DynamoDbTasks.SDK_PREFIX, tables)
              .functions(functions)
              .build();
    } catch (RuntimeException e) {
      functions.close();
      store.close();
      throw e instanceof IllegalArgumentException ? new UsageError(e.getMessage()) : e;
    }
    schedules.bind(engine);
    this.deployments = new Deployments(engine, functions, documents);
  }

  /** Starts the HTTP server; its features, in the order their routes are tried. */
  StepwellServer listen(String host, int port) {
    server =
        StepwellServer.builder(engine)
            .functions(functions)
            .bind(host, port)
            .feature(new StepFunctionsApi(store, TagStore.durable(documents)))
            .feature(new DynamoDbApi(dynamoDb))
            .feature(new DeployFeature(deployments))
            .start();
    return server;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    engine.close();
    functions.close();
    store.close();
  }
}
