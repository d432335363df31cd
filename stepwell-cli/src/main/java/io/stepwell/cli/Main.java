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
    return new CommandLine(new Main()).setExpandAtFiles(false);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
