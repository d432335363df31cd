package io.stepwell.cli;

import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.engine.bucket.BucketStore;
import io.stepwell.engine.bucket.FolderBucketStore;
import io.stepwell.engine.bucket.InMemoryBucketStore;
import io.stepwell.testkit.ExecutionResult;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.RunRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwell run FILE --input JSON [--history]}: one execution in memory. */
@Command(
    name = "run",
    description = "Runs a state machine definition once, in memory, on a virtual clock.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:succeeded; the output is printed as JSON",
      "1:failed, timed out or aborted; error and cause are printed",
      "2:invalid definition, input or arguments",
      "3:internal error"
    })
final class RunCommand implements Callable<Integer> {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The definition (ASL JSON).")
  Path file;

  @Option(
      names = "--input",
      paramLabel = "JSON",
      defaultValue = "{}",
      description = "The execution input, or @file.json to read it from a file. Default: {}.")
  String input;

  @Option(names = "--history", description = "Print the history events first, one per line.")
  boolean history;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "STANDARD",
      description = "STANDARD or EXPRESS. Default: STANDARD.")
  String type;

  @Option(
      names = "--bucket-dir",
      paramLabel = "DIR",
      description =
          "The bucket store for Distributed Maps' ItemReader and ResultWriter: s3://BUCKET/KEY is"
              + " DIR/BUCKET/KEY. Default: an empty store in memory.")
  Path bucketDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String definition = Inputs.definition(file);
      Object value = Inputs.input(input);
      RunRequest request =
          new RunRequest(definition, value, type, "StateMachine", "execution", START, null);
      BucketStore buckets =
          bucketDir == null ? new InMemoryBucketStore() : new FolderBucketStore(bucketDir);
      ExecutionResult result = new InMemoryDriver(Inputs.taskHandler(START), buckets).run(request);
      if (history) {
        for (HistoryEvent e : result.history()) {
          out.println(Json.write(eventLine(e)));
        }
      }
      return printResult(result, out);
    } catch (UsageError e) {
      err.println("stepwell run: " + e.getMessage());
      return 2;
    } catch (InvalidDefinitionException e) {
      err.println("InvalidDefinition: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("stepwell run: internal error: " + e);
      return 3;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static Map<String, Object> eventLine(HistoryEvent e) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", e.id());
    line.put("previousEventId", e.previousEventId());
    line.put("type", e.type());
    line.put("details", e.details());
    return line;
  }

  private static int printResult(ExecutionResult result, PrintWriter out) {
    if ("SUCCEEDED".equals(result.status())) {
      out.println(Json.write(result.output()));
      return 0;
    }
    if (!"FAILED".equals(result.status())) {
      out.println("status: " + result.status());
    }
    if (result.error() != null) {
      out.println("error: " + result.error());
    }
    if (result.cause() != null) {
      out.println("cause: " + result.cause());
    }
    return 1;
  }
}
