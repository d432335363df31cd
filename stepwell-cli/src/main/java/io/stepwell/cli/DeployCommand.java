package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import io.stepwell.server.deploy.Reports;
import io.stepwell.serverless.ServerlessException;
import io.stepwell.store.jdbc.JdbcStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwell deploy [serverless.yml]}: deploys a Serverless Framework project onto a running
 * server, or, when none answers (or {@code --data} is given), into the data folder, where {@code
 * serve} finds it.
 */
@Command(
    name = "deploy",
    description =
        "Deploys a Serverless Framework project (serverless.yml with serverless-step-functions).")
final class DeployCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PROJECT",
      arity = "0..1",
      description = "serverless.yml or its folder (default: the current folder).")
  Path project = Path.of(".");

  @Option(names = "--stage", description = "$${opt:stage} (default: the project's).")
  String stage;

  @Option(names = "--region", description = "$${opt:region}.")
  String region;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "Another $${opt:NAME}; may be repeated.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "The server to deploy to (default http://127.0.0.1:8083).")
  String endpoint = "http://127.0.0.1:8083";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Deploy into this data folder instead of a server.")
  Path data;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Path path = project.toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new UsageError("no such project: " + project);
    }
    Map<String, String> options = new LinkedHashMap<>(params);
    if (stage != null) {
      options.put("stage", stage);
    }
    if (region != null) {
      options.put("region", region);
    }
    PrintWriter out = spec.commandLine().getOut();
    ApiClient client = new ApiClient(endpoint);
    Map<String, Object> report;
    if (data == null && client.reachable()) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("path", path.toString());
      request.put("options", options);
      report = client.post("stepwell/deploy", request);
      print(out, report, "on " + endpoint);
    } else {
      Path folder = data == null ? Path.of(".stepwell") : data;
      if (data == null) {
        spec.commandLine()
            .getErr()
            .println(
                "stepwell: no server at "
                    + endpoint
                    + "; deploying into "
                    + folder
                    + " (stepwell serve picks it up)");
      }
      NodeSettings defaults = NodeSettings.of(JdbcStore.sqlite(folder));
      NodeSettings settings =
          new NodeSettings(
              defaults.store(),
              defaults.clock(),
              defaults.region(),
              defaults.account(),
              false,
              defaults.buckets(),
              defaults.sms(),
              defaults.http(),
              folder.resolve("functions"),
              defaults.accessKeys(),
              defaults.endpoint());
      try (StepwellNode node = new StepwellNode(settings)) {
        report = Reports.json(node.deployments.deploy(path, options, System.getenv()));
      } catch (ServerlessException e) {
        throw new UsageError(e.getMessage());
      }
      print(out, report, "into " + folder);
    }
    return 0;
  }

  private void print(PrintWriter out, Map<String, Object> report, String where) {
    if (json) {
      out.println(Json.writePretty(report));
      return;
    }
    out.println("Deployed " + where + ":");
    for (Object o : (List<?>) report.get("changes")) {
      Map<?, ?> c = (Map<?, ?>) o;
      out.printf(
          "  %-12s %-14s %s%s%n",
          String.valueOf(c.get("action")).toLowerCase(java.util.Locale.ROOT),
          String.valueOf(c.get("kind")).toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          c.get("name"),
          c.get("detail") == null ? "" : " (" + c.get("detail") + ")");
    }
    for (Object o : (List<?>) report.get("http")) {
      Map<?, ?> h = (Map<?, ?>) o;
      out.printf(
          "  http         %s %s -> %s%n", h.get("method"), h.get("path"), h.get("stateMachineArn"));
    }
    for (Object w : (List<?>) report.get("warnings")) {
      out.println("  warning: " + w);
    }
  }
}
