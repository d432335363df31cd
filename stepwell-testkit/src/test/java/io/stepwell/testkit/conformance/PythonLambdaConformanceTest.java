package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.stepwell.testkit.lambda.PythonTestFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every AWS-recorded case of {@code lambda/} with the real Python functions in child processes
 * ({@link PythonTestFunctions}, one warm set for the whole run) and holds the results to the same
 * standard as the Java reproductions: the same cases pass, and only the checked-in known failures
 * fail. Skips when {@code python3} cannot be run (fails with {@code STEPWELL_REQUIRE_TOOLS=true})
 * or the corpus is absent (fails with {@code STEPWELL_REQUIRE_SHARED=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PythonLambdaConformanceTest {
  private static final String KNOWN_FAILURES = "/conformance/known-failures.txt";

  /** 62 cases are recorded in lambda/; far fewer means the loading broke. */
  private static final int EXPECTED_AT_LEAST = 60;

  private PythonTestFunctions python;
  private List<CaseResult> withPython;
  private List<CaseResult> withReproductions;
  private KnownFailures known;

  @BeforeAll
  void runTheLambdaCases() throws IOException {
    Path lambda = corpus().resolve("lambda");
    requirePython();
    known = KnownFailures.parse(knownFailureLines());
    python = PythonTestFunctions.start();
    withPython =
        new ConformanceRunner(ConformanceRunner.DEFAULT_TIME_LIMIT, python)
            .runAll(List.of(lambda), r -> {});
    withReproductions = new ConformanceRunner().runAll(List.of(lambda), r -> {});
    System.out.println(
        "lambda/ with the real Python functions: "
            + new ConformanceReport(withPython).summary()
            + "; with the Java reproductions: "
            + new ConformanceReport(withReproductions).summary());
  }

  @AfterAll
  void stopThePython() {
    if (python != null) {
      python.close();
    }
  }

  @Test
  void realPythonFunctionsPassTheCasesTheReproductionsPass() {
    // given both runs

    // when
    Set<String> pythonPasses = passing(withPython);
    Set<String> reproductionPasses = passing(withReproductions);

    // then
    assertThat(withPython).hasSizeGreaterThanOrEqualTo(EXPECTED_AT_LEAST);
    assertThat(pythonPasses)
        .as(
            "cases that pass with the real Python functions, against the Java reproductions;"
                + " failures with Python: %s",
            withPython.stream()
                .filter(r -> r.status() == CaseStatus.FAIL)
                .map(KnownFailures::line)
                .toList())
        .isEqualTo(reproductionPasses);
  }

  @Test
  void onlyKnownFailuresFailWithRealPython() {
    // given the run with Python

    // when
    List<String> unexpected =
        withPython.stream()
            .filter(r -> r.status() == CaseStatus.FAIL && !known.contains(r.name()))
            .map(KnownFailures::line)
            .toList();
    List<String> nowPassing = known.nowPassing(withPython);

    // then
    assertThat(unexpected)
        .as("cases that fail with the real Python functions but are not in %s", KNOWN_FAILURES)
        .isEmpty();
    assertThat(nowPassing)
        .as("cases in %s that pass with the real Python functions", KNOWN_FAILURES)
        .isEmpty();
  }

  private static Set<String> passing(List<CaseResult> results) {
    TreeSet<String> names = new TreeSet<>();
    results.stream().filter(r -> r.status() == CaseStatus.PASS).forEach(r -> names.add(r.name()));
    return names;
  }

  private static List<String> knownFailureLines() throws IOException {
    try (InputStream in = PythonLambdaConformanceTest.class.getResourceAsStream(KNOWN_FAILURES)) {
      assertThat(in).as(KNOWN_FAILURES).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Skips, or fails with {@code STEPWELL_REQUIRE_TOOLS=true}, when python3 cannot be run. */
  private static void requirePython() {
    String problem;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return;
      }
      problem = "python3 --version did not succeed";
    } catch (IOException e) {
      problem = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    String message =
        "python3 is needed to run the lambda/ cases with the real Python functions: " + problem;
    if ("true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      fail(message + " (STEPWELL_REQUIRE_TOOLS=true)");
    }
    Assumptions.abort(message);
  }

  /**
   * {@code ../shared/conformance}. Skips the tests when it is absent, or fails them when {@code
   * STEPWELL_REQUIRE_SHARED=true}.
   */
  private static Path corpus() {
    String shared = System.getProperty("stepwell.shared");
    Path dir = shared == null ? null : Path.of(shared, "conformance");
    if (dir == null || !Files.isDirectory(dir.resolve("lambda"))) {
      String message =
          "The conformance corpus is not at "
              + dir
              + " (system property stepwell.shared); the lambda/ cases were not run with Python";
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return dir;
  }
}
