package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.testkit.ExecutionResult;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.RunRequest;
import io.stepwell.testkit.TaskHandler;
import io.stepwell.testkit.TaskResult;
import io.stepwell.testkit.lambda.LambdaTaskHandler;
import io.stepwell.testkit.lambda.TestFunctionRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs recorded conformance cases in memory and compares each run with its recording (see the
 * corpus README and {@link CaseComparison}). Cases are independent; each runs on its own thread
 * with a time limit, so an interpreter that loops fails one case instead of hanging the run.
 */
public final class ConformanceRunner {
  /** How long one case may run, in real time, before it fails. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  /** When a {@code stop_execution} driver action arrives, on the virtual clock. */
  private static final Duration STOP_AFTER = Duration.ofSeconds(1);

  private static final long STACK_BYTES = 64L << 20;

  private final Duration timeLimit;
  private final TestFunctionRunner functions;

  /** A runner whose Lambda functions are the Java reproductions. */
  public ConformanceRunner() {
    this(DEFAULT_TIME_LIMIT);
  }

  public ConformanceRunner(Duration timeLimit) {
    this(timeLimit, TestFunctionRunner.REPRODUCTIONS);
  }

  /**
   * A runner whose Lambda functions run on {@code functions}, e.g. a {@link
   * io.stepwell.testkit.lambda.PythonTestFunctions} shared by every case (its processes stay warm
   * from case to case; the caller closes it).
   */
  public ConformanceRunner(Duration timeLimit, TestFunctionRunner functions) {
    this.timeLimit = timeLimit;
    this.functions = functions;
  }

  /** The case files under the given folders (or the files themselves), sorted by path. */
  public static List<Path> caseFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> listing = Files.list(p)) {
          listing.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Runs every case under the paths, telling {@code each} about every result as it comes. */
  public List<CaseResult> runAll(List<Path> paths, Consumer<CaseResult> each) {
    List<CaseResult> results = new ArrayList<>();
    for (Path file : caseFiles(paths)) {
      CaseResult result = run(file);
      each.accept(result);
      results.add(result);
    }
    return results;
  }

  /** Loads and runs one case file; a file that cannot be read fails. */
  public CaseResult run(Path file) {
    ConformanceCase c;
    try {
      c = ConformanceCase.load(file);
    } catch (RuntimeException e) {
      String name = String.valueOf(file.getFileName()).replaceFirst("\\.json$", "");
      return new CaseResult(name, "", CaseStatus.FAIL, "unreadable case: " + e.getMessage(), false);
    }
    return run(c);
  }

  /** Runs one case and compares the run with the recording. */
  public CaseResult run(ConformanceCase c) {
    if (c.isDefinitionCheck()) {
      if (!DefinitionCheck.isAboutTheDefinition(c)) {
        return result(
            c,
            CaseStatus.SKIP,
            "not a definition check (AWS answered " + c.expected().get("error") + ")");
      }
      try {
        return DefinitionCheck.compare(c)
            .map(d -> result(c, CaseStatus.FAIL, d))
            .orElseGet(() -> result(c, CaseStatus.PASS, ""));
      } catch (RuntimeException e) {
        return result(c, CaseStatus.FAIL, "validating threw " + describe(e));
      }
    }
    Optional<CaseFunctions> functions = CaseFunctions.of(c, this.functions);
    Optional<String> skip = Skips.reason(c, functions);
    if (skip.isPresent()) {
      return result(c, CaseStatus.SKIP, skip.get());
    }
    RecorderTransforms transforms = new RecorderTransforms(c, functions.get());
    Optional<String> unsupported = transforms.unsupported();
    if (unsupported.isPresent()) {
      return result(c, CaseStatus.SKIP, unsupported.get());
    }
    ExecutionResult execution;
    try {
      execution = execute(c, functions.get());
    } catch (InvalidDefinitionException e) {
      return result(c, CaseStatus.FAIL, "definition rejected (AWS ran it): " + e.getMessage());
    } catch (TimeoutException e) {
      return result(c, CaseStatus.FAIL, "did not finish within " + timeLimit.toSeconds() + " s");
    } catch (RuntimeException e) {
      return result(c, CaseStatus.FAIL, "run threw " + describe(e));
    }
    try {
      Optional<String> difference =
          new CaseComparison(c, transforms).compare(RunSnapshot.of(execution, transforms));
      return difference
          .map(d -> result(c, CaseStatus.FAIL, d))
          .orElseGet(() -> result(c, CaseStatus.PASS, ""));
    } catch (RuntimeException e) {
      return result(c, CaseStatus.FAIL, "comparing the run threw " + describe(e));
    }
  }

  private ExecutionResult execute(ConformanceCase c, CaseFunctions functions)
      throws TimeoutException {
    TaskHandler others =
        request ->
            new TaskResult.Failed(
                "Stepwell.UnsupportedResource",
                "The conformance runner has no handler for " + request.resource());
    InMemoryDriver driver =
        new InMemoryDriver(new LambdaTaskHandler(functions.host(), others, c::recordedAt));
    RunRequest request =
        new RunRequest(
            functions.substitute(Json.write(c.definition())),
            functions.substitute(c.input()),
            c.stateMachineType(),
            "StateMachine-" + c.fingerprint(),
            "execution-" + c.fingerprint(),
            c.recordedAt(),
            c.driverActions().contains("stop_execution") ? STOP_AFTER : null);
    FutureTask<ExecutionResult> task = new FutureTask<>(() -> driver.run(request));
    Thread thread =
        Thread.ofPlatform()
            .daemon()
            .name("conformance " + c.name())
            .stackSize(STACK_BYTES)
            .start(task);
    try {
      return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName()
        + ": "
        + (newline < 0 ? message : message.substring(0, newline));
  }

  private static CaseResult result(ConformanceCase c, CaseStatus status, String reason) {
    return new CaseResult(c.name(), c.folder(), status, reason, c.isJsonPathMode());
  }
}
