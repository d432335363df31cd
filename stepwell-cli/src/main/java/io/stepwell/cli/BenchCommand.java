package io.stepwell.cli;

import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.testkit.InMemoryDriver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
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
      StateMachine machine = InMemoryDriver.compile(Inputs.definition(file), type);
      Object value = Inputs.input(input);
      Instant start = Instant.parse("2024-01-01T00:00:00Z");
      BenchRun run =
          new BenchRun(machine, value, type, new InMemoryDriver(Inputs.taskHandler(start)), start);
      run.measure(warmup, threads);
      BenchRun.Measurement m = run.measure(executions, threads);
      out.printf(
          Locale.ROOT,
          "executions: %d on %d threads, after %d warm-up executions%n",
          executions,
          threads,
          warmup);
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
    } catch (RuntimeException e) {
      err.println("stepwell bench: internal error: " + e);
      return 3;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
