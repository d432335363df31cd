package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.ScaledClock;
import io.stepwell.engine.bucket.FolderBucketStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.server.StepwellServer;
import io.stepwell.services.http.HttpConnections;
import io.stepwell.services.http.HttpInvokeConfig;
import io.stepwell.services.sms.OutboxSmsProvider;
import io.stepwell.services.sms.SmsProvider;
import io.stepwell.services.sms.TwilioConfig;
import io.stepwell.services.sms.TwilioSmsProvider;
import io.stepwell.store.jdbc.JdbcStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
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

  @Option(
      names = "--bucket-dir",
      paramLabel = "DIR",
      description = "Where s3://BUCKET/KEY lives (DIR/BUCKET/KEY; default DATA/buckets).")
  Path bucketDir;

  @Option(
      names = "--http-allow-host",
      paramLabel = "HOST",
      description = "A host the HTTP Task (http:invoke) may call; may be repeated.")
  List<String> httpAllowHosts = new java.util.ArrayList<>();

  @Option(
      names = "--http-connections",
      paramLabel = "FILE",
      description = "EventBridge connections (CreateConnection JSON by name) for the HTTP Task.")
  Path httpConnections;

  @Option(
      names = "--sms-provider",
      description =
          "outbox (default: messages are kept, see `stepwell sms list`) or twilio (needs"
              + " TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM in the environment).")
  String smsProvider = "outbox";

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Deploy examples/NAME (a serverless.yml project) when the server starts.")
  String example;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "An $${opt:NAME} for --example's deploy; may be repeated.")
  java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

  @Option(
      names = "--auth",
      description =
          "Require AWS Signature Version 4 on every request, for the access key in"
              + " STEPWELL_ACCESS_KEY_ID and STEPWELL_SECRET_ACCESS_KEY (required off loopback).")
  boolean auth;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    HELIDON_LOG.setLevel(java.util.logging.Level.WARNING);
    if (timeScale <= 0) {
      throw new UsageError("--time-scale must be positive");
    }
    if (!auth && !"127.0.0.1".equals(host) && !"localhost".equals(host)) {
      throw new UsageError(
          "listening on "
              + host
              + " needs --auth (requests signed with AWS Signature Version 4 for an access key of"
              + " STEPWELL_ACCESS_KEY_ID / STEPWELL_SECRET_ACCESS_KEY)");
    }
    InstantSource clock =
        timeScale == 1
            ? InstantSource.system()
            : new ScaledClock(InstantSource.system(), timeScale);
    if (port == 0) {
      // functions get this node's URL before it listens: pick the free port now
      port = freePort();
    }
    Store store = store();
    NodeSettings defaults = NodeSettings.of(store);
    NodeSettings settings =
        new NodeSettings(
            store,
            clock,
            region,
            account,
            true,
            memory ? defaults.buckets() : new FolderBucketStore(buckets()),
            smsProvider(),
            HttpInvokeConfig.of(Set.copyOf(httpAllowHosts), connections()),
            memory ? defaults.functionCode() : data.resolve("functions"),
            accessKeys(),
            java.net.URI.create("http://" + host + ":" + port));
    StepwellNode node = new StepwellNode(settings);
    for (String problem : node.deployments.redeployAll()) {
      spec.commandLine().getErr().println("stepwell: a deployed project is left out: " + problem);
    }
    StepwellServer server;
    try {
      server = node.listen(host, port);
    } catch (RuntimeException e) {
      node.close();
      throw new UsageError("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    if (example != null) {
      deployExample(node, server, out);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              node.close();
              stopped.countDown();
            }));
    out.printf("Stepwell listening on http://%s:%d (%s)%n", host, server.port(), describeStore());
    out.flush();
    stopped.await();
    return 0;
  }

  private void deployExample(StepwellNode node, StepwellServer server, PrintWriter out) {
    Path project = examples().resolve(example);
    if (!java.nio.file.Files.isDirectory(project)) {
      node.close();
      throw new UsageError("no example named '" + example + "' in " + examples());
    }
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>(params);
    if ("appointment".equals(example) && !options.containsKey("fn") && !nodeRuns()) {
      // a machine with only a JDK: the example's Java functions instead of its JavaScript ones
      out.println("node is not on PATH: the example runs its Java functions (--param fn=Java)");
      options.put("fn", "Java");
    }
    try {
      var deployed = node.deployments.deploy(project, options, System.getenv());
      out.printf("Deployed %s (stage %s):%n", project, deployed.stage());
      for (var change : deployed.report().changes()) {
        out.printf(
            "  %-12s %s%n",
            change.action().name().toLowerCase(java.util.Locale.ROOT), change.name());
      }
      for (var http : deployed.report().http()) {
        String path = http.path().startsWith("/") ? http.path().substring(1) : http.path();
        out.printf(
            "  http         %s http://%s:%d/%s/%s%n",
            http.method(), host, server.port(), deployed.stage(), path);
      }
    } catch (io.stepwell.serverless.ServerlessException | io.stepwell.engine.EngineException e) {
      node.close();
      throw new UsageError("cannot deploy " + project + ": " + e.getMessage());
    }
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Where the examples are: beside the {@code stepwell} launcher, else in the current folder. */
  private static Path examples() {
    String home = System.getProperty("stepwell.home");
    Path beside = home == null ? null : Path.of(home, "examples");
    return beside != null && java.nio.file.Files.isDirectory(beside) ? beside : Path.of("examples");
  }

  private java.util.Map<String, String> accessKeys() {
    if (!auth) {
      return java.util.Map.of();
    }
    String id = System.getenv("STEPWELL_ACCESS_KEY_ID");
    String secret = System.getenv("STEPWELL_SECRET_ACCESS_KEY");
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      throw new UsageError(
          "--auth needs STEPWELL_ACCESS_KEY_ID and STEPWELL_SECRET_ACCESS_KEY in the environment");
    }
    return java.util.Map.of(id, secret);
  }

  private int freePort() {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new UsageError("cannot find a free port on " + host + ": " + e.getMessage());
    }
  }

  private Path buckets() {
    return bucketDir != null ? bucketDir : data.resolve("buckets");
  }

  private SmsProvider smsProvider() {
    return switch (smsProvider) {
      case "outbox" -> new OutboxSmsProvider();
      case "twilio" -> {
        String sid = System.getenv("TWILIO_ACCOUNT_SID");
        String token = System.getenv("TWILIO_AUTH_TOKEN");
        String from = System.getenv("TWILIO_FROM");
        if (sid == null || token == null || from == null) {
          throw new UsageError(
              "--sms-provider twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM");
        }
        yield new TwilioSmsProvider(new TwilioConfig(sid, token, from, null));
      }
      default ->
          throw new UsageError(
              "--sms-provider must be outbox or twilio, not '" + smsProvider + "'");
    };
  }

  private HttpConnections connections() {
    if (httpConnections == null) {
      return HttpConnections.of(java.util.Map.of());
    }
    try {
      return HttpConnections.fromJson(java.nio.file.Files.readString(httpConnections));
    } catch (java.io.IOException e) {
      throw new UsageError(
          "cannot read --http-connections " + httpConnections + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new UsageError("--http-connections " + httpConnections + ": " + e.getMessage());
    }
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

  private String describeStore() {
    if (memory) {
      return "in memory: nothing is kept";
    }
    return storeUrl != null ? "PostgreSQL" : "data in " + data.toAbsolutePath().normalize();
  }
}
