package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.store.jdbc.JdbcStore;
import io.stepwell.testkit.InMemoryDriver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwell bench FILE --input JSON}: executions per second of one definition, in memory. */
@Command(
    name = "bench",
    description = {
      "Runs a definition many times in memory, on several threads, and prints executions/s,"
          + " state transitions/s and the latency percentiles of one execution.",
      "The definition is parsed once; each execution is independent and records its history."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:measured", "2:invalid definition, input or arguments", "3:internal error"})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The definition (ASL JSON).")
  Path file;

  @Option(
      names = "--input",
      paramLabel = "JSON",
      defaultValue = "{}",
      description = "The execution input, or @file.json. Default: {}.")
  String input;

  @Option(
      names = "--executions",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Measured executions. Default: ${DEFAULT-VALUE}.")
  int executions;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      description = "Threads running executions. Default: the number of processors.")
  Integer concurrency;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Executions run first and not measured. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "STANDARD",
      description = "STANDARD or EXPRESS. Default: STANDARD.")
  String type;

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description = {
        "Run durable STANDARD executions through the engine on this store: memory, sqlite or"
            + " postgres. Without it, executions run in the in-memory interpreter.",
        "Task states are answered at once with their parameters; Wait states wait in real time."
      })
  String store;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The SQLite store's directory (--store sqlite). Default: a new temporary one.")
  Path dataDir;

  @Option(
      names = "--pg-url",
      paramLabel = "JDBC_URL",
      description =
          "The PostgreSQL database (--store postgres), user and password in the URL:"
              + " jdbc:postgresql://host:5432/db?user=u&password=p")
  String pgUrl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      int threads = concurrency != null ? concurrency : Runtime.getRuntime().availableProcessors();
      if (executions < 1 || threads < 1 || warmup < 0) {
        throw new UsageError(
            "--executions and --concurrency must be at least 1, --warmup at least 0");
      }
      if (!"STANDARD".equals(type) && !"EXPRESS".equals(type)) {
        throw new UsageError("--type must be STANDARD or EXPRESS, not '" + type + "'");
      }
      if (store != null && !List.of("memory", "sqlite", "postgres").contains(store)) {
        throw new UsageError("--store must be memory, sqlite or postgres, not '" + store + "'");
      }
      String definition = Inputs.definition(file);
      StateMachine machine = InMemoryDriver.compile(definition, type);
      Object value = Inputs.input(input);
      BenchRun.Measurement m;
      if (store == null) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        BenchRun run =
            new BenchRun(
                machine, value, type, new InMemoryDriver(Inputs.taskHandler(start)), start);
        run.measure(warmup, threads);
        m = run.measure(executions, threads);
      } else {
        m = throughEngine(definition, value, threads);
      }
      out.printf(
          Locale.ROOT,
          "executions: %d on %d threads, after %d warm-up executions%s%n",
          executions,
          threads,
          warmup,
          store == null ? "" : ", durable on " + store);
      out.printf(Locale.ROOT, "executions/s: %.1f%n", m.executionsPerSecond());
      out.printf(Locale.ROOT, "state transitions/s: %.1f%n", m.transitionsPerSecond());
      out.printf(Locale.ROOT, "latency p50: %.3f ms%n", m.percentileMillis(50));
      out.printf(Locale.ROOT, "latency p99: %.3f ms%n", m.percentileMillis(99));
      if (m.unsuccessful() > 0) {
        out.printf(Locale.ROOT, "executions that did not succeed: %d%n", m.unsuccessful());
      }
      return 0;
    } catch (UsageError e) {
      err.println("stepwell bench: " + e.getMessage());
      return 2;
    } catch (InvalidDefinitionException e) {
      err.println("InvalidDefinition: " + e.getMessage());
      return 2;
    } catch (EngineException e) {
      err.println(e.code() + ": " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("stepwell bench: interrupted");
      return 3;
    } catch (RuntimeException e) {
      err.println("stepwell bench: internal error: " + e);
      return 3;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private BenchRun.Measurement throughEngine(String definition, Object value, int threads)
      throws InterruptedException {
    if (!"STANDARD".equals(type)) {
      throw new UsageError("--store runs durable executions: it needs --type STANDARD");
    }
    try (Store durable = openStore();
        EngineBenchRun run = new EngineBenchRun(durable, definition, Json.write(value))) {
      run.measure(warmup, threads);
      return run.measure(executions, threads);
    }
  }

  private Store openStore() {
    return switch (store) {
      case "memory" -> new InMemoryStore();
      case "sqlite" -> JdbcStore.sqlite(dataDir != null ? dataDir : temporaryDirectory());
      case "postgres" -> {
        if (pgUrl == null) {
          throw new UsageError("--store postgres needs --pg-url");
        }
        yield JdbcStore.postgres(pgUrl, null, null);
      }
      default ->
          throw new UsageError("--store must be memory, sqlite or postgres, not '" + store + "'");
    };
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("stepwell-bench");
    } catch (IOException e) {
      throw new UsageError("cannot create a temporary directory: " + e.getMessage());
    }
  }
}
