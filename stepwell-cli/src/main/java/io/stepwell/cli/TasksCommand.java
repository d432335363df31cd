package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwell tasks succeed|fail}: answers a task token, as SendTaskSuccess/Failure do. */
@Command(
    name = "tasks",
    description = "Answers a Task state waiting on a task token (.waitForTaskToken, activities).",
    subcommands = {TasksCommand.Succeed.class, TasksCommand.Fail.class})
final class TasksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "succeed", description = "The task succeeds with the given output.")
  static final class Succeed implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "TOKEN")
    String token;

    @Option(names = "--output", description = "JSON output, or @file (default {}).")
    String output = "{}";

    @Override
    public Integer call() {
      Map<String, Object> answer =
          server
              .client()
              .call(
                  "SendTaskSuccess",
                  Map.of("taskToken", token, "output", Json.write(Inputs.input(output))));
      PrintWriter out = spec.commandLine().getOut();
      ExecutionsCommand.print(out, server.json, answer, () -> out.println("task succeeded"));
      return 0;
    }
  }

  @Command(name = "fail", description = "The task fails with the given error and cause.")
  static final class Fail implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "TOKEN")
    String token;

    @Mixin ErrorOptions failure;

    @Override
    public Integer call() {
      Map<String, Object> req = failure.request("taskToken", token);
      Map<String, Object> answer = server.client().call("SendTaskFailure", req);
      PrintWriter out = spec.commandLine().getOut();
      ExecutionsCommand.print(out, server.json, answer, () -> out.println("task failed"));
      return 0;
    }
  }
}
