package io.stepwell.cli;

import io.stepwell.testkit.conformance.CaseStatus;
import io.stepwell.testkit.conformance.ConformanceReport;
import io.stepwell.testkit.conformance.ConformanceRunner;
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

/** {@code stepwell conformance [--json FILE] DIR...}: runs AWS-recorded cases. */
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
    ConformanceReport report =
        new ConformanceReport(
            new ConformanceRunner()
                .runAll(
                    paths,
                    r -> {
                      out.println(r.line());
                      out.flush();
                    }));
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
}
