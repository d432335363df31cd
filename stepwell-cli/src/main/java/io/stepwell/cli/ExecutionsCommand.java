package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwell executions ...}: the daily loop without the AWS CLI. */
@Command(
    name = "executions",
    description = "Start, list, describe, read the history of and stop executions on a server.",
    subcommands = {
      ExecutionsCommand.Start.class,
      ExecutionsCommand.ListExecutions.class,
      ExecutionsCommand.Describe.class,
      ExecutionsCommand.History.class,
      ExecutionsCommand.Logs.class,
      ExecutionsCommand.Stop.class
    })
final class ExecutionsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A state machine named by ARN, or by name (looked up on the server). */
  static String stateMachineArn(ApiClient client, String nameOrArn) {
    if (nameOrArn.startsWith("arn:")) {
      return nameOrArn;
    }
    String token = null;
    do {
      Map<String, Object> req = new LinkedHashMap<>();
      if (token != null) {
        req.put("nextToken", token);
      }
      Map<String, Object> page = client.call("ListStateMachines", req);
      for (Object o : (List<?>) page.getOrDefault("stateMachines", List.of())) {
        Map<?, ?> sm = (Map<?, ?>) o;
        if (nameOrArn.equals(sm.get("name"))) {
          return (String) sm.get("stateMachineArn");
        }
      }
      token = (String) page.get("nextToken");
    } while (token != null);
    throw new UsageError("no state machine named '" + nameOrArn + "' on the server");
  }

  static String time(Object epochSeconds) {
    if (!(epochSeconds instanceof Number n)) {
      return "-";
    }
    long millis = new BigDecimal(n.toString()).movePointRight(3).longValue();
    return Instant.ofEpochMilli(millis).toString();
  }

  static void print(PrintWriter out, boolean json, Map<String, Object> answer, Runnable readable) {
    if (json) {
      out.println(Json.writePretty(answer));
    } else {
      readable.run();
    }
  }

  @Command(name = "start", description = "Starts an execution; prints its ARN.")
  static final class Start implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "STATE_MACHINE", description = "Name or ARN.")
    String stateMachine;

    @Option(names = "--input", description = "JSON input, or @file (default {}).")
    String input = "{}";

    @Option(names = "--name", description = "Execution name (default: a UUID).")
    String name;

    @Override
    public Integer call() {
      ApiClient client = server.client();
      Map<String, Object> req = new LinkedHashMap<>();
      req.put("stateMachineArn", stateMachineArn(client, stateMachine));
      req.put("input", Json.write(Inputs.input(input)));
      if (name != null) {
        req.put("name", name);
      }
      Map<String, Object> answer = client.call("StartExecution", req);
      PrintWriter out = spec.commandLine().getOut();
      print(out, server.json, answer, () -> out.println(answer.get("executionArn")));
      return 0;
    }
  }

  @Command(name = "list", description = "Lists executions of a state machine, newest first.")
  static final class ListExecutions implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "STATE_MACHINE", description = "Name or ARN.")
    String stateMachine;

    @Option(names = "--status", description = "RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED.")
    String status;

    @Option(names = "--max", description = "At most this many (default 100).")
    int max = 100;

    @Override
    public Integer call() {
      ApiClient client = server.client();
      Map<String, Object> req = new LinkedHashMap<>();
      req.put("stateMachineArn", stateMachineArn(client, stateMachine));
      req.put("maxResults", max);
      if (status != null) {
        req.put("statusFilter", status);
      }
      Map<String, Object> answer = client.call("ListExecutions", req);
      PrintWriter out = spec.commandLine().getOut();
      print(
          out,
          server.json,
          answer,
          () -> {
            List<?> items = (List<?>) answer.getOrDefault("executions", List.of());
            out.printf("%-10s %-24s %-24s %s%n", "STATUS", "STARTED", "STOPPED", "NAME");
            for (Object o : items) {
              Map<?, ?> e = (Map<?, ?>) o;
              out.printf(
                  "%-10s %-24s %-24s %s%n",
                  e.get("status"),
                  time(e.get("startDate")),
                  time(e.get("stopDate")),
                  e.get("name"));
            }
          });
      return 0;
    }
  }

  @Command(name = "describe", description = "Shows an execution: status, input, output, error.")
  static final class Describe implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "EXECUTION_ARN")
    String arn;

    @Override
    public Integer call() {
      Map<String, Object> answer =
          server.client().call("DescribeExecution", Map.of("executionArn", arn));
      PrintWriter out = spec.commandLine().getOut();
      print(
          out,
          server.json,
          answer,
          () -> {
            out.println("execution  " + answer.get("executionArn"));
            out.println("status     " + answer.get("status"));
            out.println("started    " + time(answer.get("startDate")));
            if (answer.get("stopDate") != null) {
              out.println("stopped    " + time(answer.get("stopDate")));
            }
            out.println("input      " + answer.get("input"));
            for (String k : List.of("output", "error", "cause")) {
              if (answer.get(k) != null) {
                out.printf("%-10s %s%n", k, answer.get(k));
              }
            }
          });
      return 0;
    }
  }

  @Command(name = "history", description = "Prints an execution's history events.")
  static final class History implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "EXECUTION_ARN")
    String arn;

    @Option(names = "--reverse", description = "Newest first.")
    boolean reverse;

    @Override
    public Integer call() {
      ApiClient client = server.client();
      PrintWriter out = spec.commandLine().getOut();
      String token = null;
      List<Object> all = new java.util.ArrayList<>();
      do {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("executionArn", arn);
        req.put("reverseOrder", reverse);
        req.put("maxResults", 1000);
        if (token != null) {
          req.put("nextToken", token);
        }
        Map<String, Object> page = client.call("GetExecutionHistory", req);
        all.addAll((List<?>) page.getOrDefault("events", List.of()));
        token = (String) page.get("nextToken");
      } while (token != null);
      print(
          out,
          server.json,
          Map.of("events", all),
          () -> {
            for (Object o : all) {
              Map<?, ?> e = (Map<?, ?>) o;
              out.printf(
                  "%4s  %-24s  %-32s %s%n",
                  e.get("id"), time(e.get("timestamp")), e.get("type"), details(e));
            }
          });
      return 0;
    }

    private static String details(Map<?, ?> event) {
      for (Map.Entry<?, ?> entry : event.entrySet()) {
        if (String.valueOf(entry.getKey()).endsWith("EventDetails")
            && entry.getValue() instanceof Map<?, ?> d) {
          Object name = d.get("name");
          Object error = d.get("error");
          if (name != null) {
            return String.valueOf(name);
          }
          if (error != null) {
            return error + (d.get("cause") != null ? ": " + d.get("cause") : "");
          }
        }
      }
      return "";
    }
  }

  @Command(
      name = "logs",
      description = "Prints the log lines of the functions an execution called, state by state.")
  static final class Logs implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "EXECUTION_ARN")
    String arn;

    @Override
    @SuppressWarnings("unchecked") // the history's events: a JSON array
    public Integer call() {
      ApiClient client = server.client();
      Map<String, Object> page =
          client.call("GetExecutionHistory", Map.of("executionArn", arn, "maxResults", 1000));
      ExecutionLogs.print(
          client,
          spec.commandLine().getOut(),
          (List<Object>) page.getOrDefault("events", List.of()));
      return 0;
    }
  }

  @Command(name = "stop", description = "Stops a running execution.")
  static final class Stop implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "EXECUTION_ARN")
    String arn;

    @Mixin ErrorOptions failure;

    @Override
    public Integer call() {
      Map<String, Object> req = failure.request("executionArn", arn);
      Map<String, Object> answer = server.client().call("StopExecution", req);
      PrintWriter out = spec.commandLine().getOut();
      print(out, server.json, answer, () -> out.println("stopped " + arn));
      return 0;
    }
  }
}
