package io.stepwell.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stepwell} command. */
@Command(
    name = "stepwell",
    mixinStandardHelpOptions = true,
    version = "stepwell 0.1.0-SNAPSHOT",
    description = "Runs AWS Step Functions state machines on the JVM.",
    subcommands = {
      RunCommand.class,
      ConformanceCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      DeployCommand.class,
      ExecutionsCommand.class,
      TasksCommand.class,
      SmsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The command line, ready to execute; tests run commands through it in-process. */
  public static CommandLine commandLine() {
    // "--input @file.json" names an input file; picocli would otherwise expand it as arguments.
    CommandLine cli = new CommandLine(new Main()).setExpandAtFiles(false);
    // What users get wrong, and what a server refuses, is a message and an exit code: no stack
    // trace.
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof UsageError) {
        line.getErr().println("stepwell: " + e.getMessage());
        return 2;
      }
      if (e instanceof ApiClient.ApiError api) {
        line.getErr().println(api.type + (api.getMessage() == null ? "" : ": " + api.getMessage()));
        return 1;
      }
      throw e;
    });
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
