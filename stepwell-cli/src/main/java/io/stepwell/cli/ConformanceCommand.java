package io.stepwell.cli;

import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.testkit.conformance.CaseStatus;
import io.stepwell.testkit.conformance.ConformanceReport;
import io.stepwell.testkit.conformance.ConformanceRunner;
import io.stepwell.testkit.lambda.PythonTestFunctions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwell conformance [--json FILE] [--functions java|python] DIR...}: runs AWS-recorded
 * cases.
 */
@Command(
    name = "conformance",
    description = {
      "Runs AWS-recorded conformance cases (../shared/conformance/*/) in memory and compares each"
          + " run with its recording.",
      "Prints PASS name, FAIL name: reason or SKIP name: reason per case, then"
          + " 'N passed, N failed, N skipped'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no case failed", "1:a case failed", "2:bad arguments"})
final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write a JSON report here.")
  Path json;

  @Option(
      names = "--functions",
      paramLabel = "KIND",
      description =
          "What runs the cases' Lambda functions: java (reproductions on the virtual clock, the"
              + " default) or python (the real Python files in python3 processes).")
  String functions = "java";

  @Option(names = "--python", description = "Same as --functions python.")
  boolean python;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Case folders or case files.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("stepwell conformance: no such folder or file: " + p);
        err.flush();
        return 2;
      }
    }
    if (!functions.equals("java") && !functions.equals("python")) {
      err.println("stepwell conformance: --functions is java or python, not " + functions);
      err.flush();
      return 2;
    }
    ConformanceReport report;
    if (python || functions.equals("python")) {
      try (PythonTestFunctions real = PythonTestFunctions.start()) {
        report = run(new ConformanceRunner(ConformanceRunner.DEFAULT_TIME_LIMIT, real), out);
      } catch (InvalidFunctionException e) {
        err.println("stepwell conformance: cannot run the Python functions: " + e.getMessage());
        err.flush();
        return 2;
      }
    } else {
      report = run(new ConformanceRunner(), out);
    }
    out.println(report.summary());
    out.flush();
    if (json != null) {
      try {
        Files.writeString(json, report.toJson());
      } catch (IOException e) {
        err.println("stepwell conformance: cannot write " + json + ": " + e.getMessage());
        err.flush();
        return 2;
      }
    }
    return report.count(CaseStatus.FAIL) > 0 ? 1 : 0;
  }

  private ConformanceReport run(ConformanceRunner runner, PrintWriter out) {
    return new ConformanceReport(
        runner.runAll(
            paths,
            r -> {
              out.println(r.line());
              out.flush();
            }));
  }
}
