package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.ScaledClock;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.server.StepwellServer;
import io.stepwell.server.console.Console;
import io.stepwell.server.console.InvocationLogs;
import io.stepwell.server.sfn.StepFunctionsApi;
import io.stepwell.server.sfn.TagStore;
import io.stepwell.store.jdbc.JdbcStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwell serve}: the AWS-compatible API on a durable store, until stopped. */
@Command(
    name = "serve",
    description =
        "Serves the AWS-compatible Step Functions and Lambda API (default 127.0.0.1:8083).")
final class ServeCommand implements Callable<Integer> {
  /** Held so that the level sticks: Helidon's start-up INFO lines are noise for a user. */
  private static final java.util.logging.Logger HELIDON_LOG =
      java.util.logging.Logger.getLogger("io.helidon");

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder of the embedded SQLite store (default ./.stepwell).")
  Path data = Path.of(".stepwell");

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "PostgreSQL instead: postgres://USER:PASSWORD@HOST:PORT/DB or a jdbc:postgresql URL.")
  String storeUrl;

  @Option(names = "--memory", description = "Keep nothing: an in-memory store.")
  boolean memory;

  @Option(names = "--host", description = "Address to listen on (default 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port to listen on (default 8083; 0 picks a free one).")
  int port = 8083;

  @Option(
      names = "--time-scale",
      paramLabel = "N",
      description = "Run timers N times faster than real time (Wait states, timeouts); default 1.")
  double timeScale = 1;

  @Option(names = "--region", description = "Region in ARNs (default us-east-1).")
  String region = Engine.DEFAULT_REGION;

  @Option(names = "--account", description = "Account in ARNs (default 123456789012).")
  String account = Engine.DEFAULT_ACCOUNT;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    HELIDON_LOG.setLevel(java.util.logging.Level.WARNING);
    if (timeScale <= 0) {
      throw new UsageError("--time-scale must be positive");
    }
    if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
      throw new UsageError(
          "listening on " + host + " needs authentication, which this build does not have yet");
    }
    Store store = store();
    InstantSource clock =
        timeScale == 1
            ? InstantSource.system()
            : new ScaledClock(InstantSource.system(), timeScale);
    // the console shows the log lines of recent invocations, as Lambda's CloudWatch Logs would
    InvocationLogs invocationLogs = new InvocationLogs();
    FunctionHost functions =
        new FunctionHost(region, account, List.of(invocationLogs.capture(new JavaRuntime())));
    Engine engine;
    try {
      engine =
          Engine.builder(store).arnScope(region, account).clock(clock).functions(functions).build();
    } catch (IllegalArgumentException e) {
      store.close();
      throw new UsageError(e.getMessage());
    }
    StepwellServer server;
    try {
      server =
          StepwellServer.builder(engine)
              .functions(functions)
              .bind(host, port)
              .feature(new StepFunctionsApi(store, TagStore.durable(documents(store))))
              .feature(new Console(invocationLogs))
              .start();
    } catch (RuntimeException e) {
      engine.close();
      store.close();
      throw new UsageError("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              server.close();
              engine.close();
              functions.close();
              store.close();
              stopped.countDown();
            }));
    out.printf("Stepwell listening on http://%s:%d (%s)%n", host, server.port(), describeStore());
    out.flush();
    stopped.await();
    return 0;
  }

  private Store store() {
    if (memory) {
      return new InMemoryStore();
    }
    if (storeUrl != null) {
      PostgresUrl pg = PostgresUrl.parse(storeUrl);
      return JdbcStore.postgres(pg.jdbcUrl(), pg.user(), pg.password());
    }
    return JdbcStore.sqlite(data);
  }

  /** The services' documents, in the same database as the executions. */
  static io.stepwell.engine.store.KeyValueStore documents(Store store) {
    return store instanceof JdbcStore jdbc
        ? jdbc.keyValues()
        : new io.stepwell.engine.store.InMemoryKeyValueStore();
  }

  private String describeStore() {
    if (memory) {
      return "in memory: nothing is kept";
    }
    return storeUrl != null ? "PostgreSQL" : "data in " + data.toAbsolutePath().normalize();
  }
}
