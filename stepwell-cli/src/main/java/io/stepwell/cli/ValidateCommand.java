package io.stepwell.cli;

import io.stepwell.asl.validate.Diagnostic;
import io.stepwell.asl.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwell validate FILE}: the checks of {@code ValidateStateMachineDefinition}, offline.
 */
@Command(
    name = "validate",
    description =
        "Checks a definition as ValidateStateMachineDefinition does; exit 1 when invalid.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The definition (ASL JSON).")
  Path file;

  @Option(names = "--type", description = "STANDARD (default) or EXPRESS.")
  String type = Validator.STANDARD;

  @Override
  public Integer call() {
    if (!Validator.STANDARD.equals(type) && !Validator.EXPRESS.equals(type)) {
      throw new UsageError("--type must be STANDARD or EXPRESS, not '" + type + "'");
    }
    List<Diagnostic> diagnostics = Validator.validate(Inputs.definition(file), type);
    PrintWriter out = spec.commandLine().getOut();
    boolean errors = false;
    for (Diagnostic d : diagnostics) {
      errors |= d.severity() == Diagnostic.Severity.ERROR;
      out.printf("%s %s at %s: %s%n", d.severity(), d.code(), d.location(), d.message());
    }
    if (!errors) {
      out.println(file + ": valid");
    }
    return errors ? 1 : 0;
  }
}
