package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.engine.store.Store;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.functions.process.ProcessRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.auth.SigV4Auth;
import io.stepwell.server.console.Console;
import io.stepwell.server.console.InvocationLogs;
import io.stepwell.server.deploy.DeployFeature;
import io.stepwell.server.deploy.Deployments;
import io.stepwell.server.lambda.LambdaApi;
import io.stepwell.server.metrics.MeteredStore;
import io.stepwell.server.metrics.MetricsFeature;
import io.stepwell.server.metrics.StepwellMetrics;
import io.stepwell.server.sfn.StepFunctionsApi;
import io.stepwell.server.sfn.TagStore;
import io.stepwell.serverless.schedule.ScheduleRunner;
import io.stepwell.services.dynamodb.DynamoDbApi;
import io.stepwell.services.dynamodb.DynamoDbService;
import io.stepwell.services.dynamodb.DynamoDbTasks;
import io.stepwell.services.http.HttpTaskDispatcher;
import io.stepwell.services.s3.S3Api;
import io.stepwell.services.sms.SmsApi;
import io.stepwell.services.sms.SmsService;
import io.stepwell.services.sns.SnsPublisher;
import io.stepwell.services.sns.SnsQueryApi;
import io.stepwell.services.sns.SnsTaskDispatcher;
import io.stepwell.services.sns.SnsTopics;
import io.stepwell.store.jdbc.JdbcStore;
import java.util.List;

/**
 * One Stepwell node, put together: the store and its documents, the function host, the local
 * services, the engine (with the schedule runner and the services' task integrations), the deployed
 * projects and, when asked, the HTTP server. {@code serve} runs one; {@code deploy} without a
 * server opens one on the data folder without listening.
 */
final class StepwellNode implements AutoCloseable {
  final NodeSettings settings;
  final Store store;
  final KeyValueStore documents;
  final FunctionHost functions;

  /** The log lines of recent function invocations, which the console shows. */
  final InvocationLogs invocationLogs;

  final Engine engine;
  final Deployments deployments;
  final DynamoDbService dynamoDb;
  final SmsService sms;
  final SnsPublisher sns;
  final StepwellMetrics metrics = new StepwellMetrics();
  private StepwellServer server;

  StepwellNode(NodeSettings settings) {
    this.settings = settings;
    this.store = settings.store();
    this.documents =
        store instanceof JdbcStore jdbc ? jdbc.keyValues() : new InMemoryKeyValueStore();
    this.invocationLogs = InvocationLogs.durable(settings.clock(), documents);
    this.functions =
        new FunctionHost(
            settings.region(),
            settings.account(),
            List.of(
                invocationLogs.capture(new JavaRuntime()),
                // Node.js, Python, custom runtimes: child processes whose AWS SDKs talk to this
                // node
                invocationLogs.capture(
                    ProcessRuntime.builder().endpointUrl(settings.endpoint()).build())));
    this.dynamoDb =
        new DynamoDbService(documents, settings.region(), settings.account(), settings.clock());
    this.sms = new SmsService(documents, settings.sms(), settings.clock());
    this.sns =
        new SnsPublisher(sms, new SnsTopics(documents, settings.region(), settings.account()));
    DynamoDbTasks tables = new DynamoDbTasks(dynamoDb);
    ScheduleRunner schedules = new ScheduleRunner();
    try {
      this.engine =
          Engine.builder(new MeteredStore(store, metrics))
              .arnScope(settings.region(), settings.account())
              .clock(settings.clock())
              .runTimers(settings.runTimers())
              .buckets(settings.buckets())
              .tasks(ScheduleRunner.RESOURCE_PREFIX, schedules)
              .tasks(DynamoDbTasks.PREFIX, tables)
              .tasks(DynamoDbTasks.SDK_PREFIX, tables)
              .tasks(SnsTaskDispatcher.PREFIX, new SnsTaskDispatcher(sns, settings.clock()))
              .tasks(
                  HttpTaskDispatcher.RESOURCE,
                  new HttpTaskDispatcher(settings.http(), settings.clock()))
              .functions(functions)
              .build();
    } catch (RuntimeException e) {
      functions.close();
      store.close();
      throw e instanceof IllegalArgumentException ? new UsageError(e.getMessage()) : e;
    }
    schedules.bind(engine);
    this.deployments = new Deployments(engine, functions, documents);
    deployments.provisioner(this::createTables);
  }

  /** The project's DynamoDB tables, created when missing (an existing one is left as it is). */
  private void createTables(io.stepwell.serverless.Project project) {
    for (java.util.Map<String, Object> table : project.tables()) {
      java.util.Map<String, Object> request = new java.util.LinkedHashMap<>(table);
      request.putIfAbsent("BillingMode", "PAY_PER_REQUEST");
      try {
        dynamoDb.call("CreateTable", request);
      } catch (io.stepwell.server.AwsException e) {
        if (!e.type().endsWith("ResourceInUseException")) {
          throw new io.stepwell.serverless.ServerlessException(
              null, "cannot create table " + table.get("TableName") + ": " + e.getMessage());
        }
      }
    }
  }

  /** Starts the HTTP server; its features, in the order their routes are tried. */
  StepwellServer listen(String host, int port) {
    StepwellServer.Builder builder =
        StepwellServer.builder(engine)
            .functions(functions)
            .bind(host, port)
            // first: refused requests are timed too
            .feature(new MetricsFeature(metrics, store));
    if (!settings.accessKeys().isEmpty()) {
      builder.feature(SigV4Auth.of(settings.accessKeys()));
    }
    server =
        builder
            .feature(new StepFunctionsApi(store, TagStore.durable(documents)))
            .feature(
                new LambdaApi(settings.functionCode(), java.time.InstantSource.system(), documents))
            .feature(new DynamoDbApi(dynamoDb))
            .feature(new SnsQueryApi(sns))
            .feature(new SmsApi(sms))
            .feature(new S3Api(settings.buckets()))
            .feature(new DeployFeature(deployments))
            .feature(new Console(invocationLogs, store))
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
