package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every AWS-recorded case of {@code pure/} and {@code lambda/} and holds the results to the
 * checked-in list of known failures ({@code conformance/known-failures.txt}): nothing else may
 * fail, and nothing listed may pass (remove its line). {@code invalid/} is checked by the
 * validator's own test; {@code other/} needs services the in-memory runner lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceCorpusTest {
  private static final String KNOWN_FAILURES = "/conformance/known-failures.txt";
  private static final double MIN_JSONPATH_PASS_RATE = 0.98;

  /** About 670 cases are recorded in pure/ and lambda/; far fewer means the loading broke. */
  private static final int EXPECTED_AT_LEAST = 600;

  private List<CaseResult> results;
  private KnownFailures known;

  @BeforeAll
  void runTheCorpus() throws IOException {
    Path corpus = corpus();
    known = KnownFailures.parse(knownFailureLines());
    results =
        new ConformanceRunner()
            .runAll(List.of(corpus.resolve("pure"), corpus.resolve("lambda")), r -> {});
  }

  @Test
  void onlyKnownFailuresFail() {
    // given the corpus run

    // when
    List<String> unexpected =
        results.stream()
            .filter(r -> r.status() == CaseStatus.FAIL && !known.contains(r.name()))
            .map(KnownFailures::line)
            .toList();

    // then
    assertThat(results).hasSizeGreaterThanOrEqualTo(EXPECTED_AT_LEAST);
    assertThat(unexpected)
        .as("cases that fail but are not in %s (fix them, or add these lines)", KNOWN_FAILURES)
        .isEmpty();
  }

  @Test
  void noKnownFailurePasses() {
    // given the corpus run

    // when
    List<String> passing = known.nowPassing(results);
    List<String> stale = known.stale(results);

    // then
    assertThat(passing)
        .as("cases in %s that now pass: remove their lines", KNOWN_FAILURES)
        .isEmpty();
    assertThat(stale).as("names in %s that are not cases", KNOWN_FAILURES).isEmpty();
  }

  @Test
  void jsonPathModePassRateIsAtLeast98Percent() {
    // given
    List<CaseResult> jsonPathMode = results.stream().filter(CaseResult::jsonPathMode).toList();

    // when
    long passed = jsonPathMode.stream().filter(r -> r.status() == CaseStatus.PASS).count();
    double rate = (double) passed / jsonPathMode.size();

    // then
    assertThat(rate)
        .as(
            "JSONPath-mode cases (no JSONata, Assign or variables) that pass: %d of %d",
            passed, jsonPathMode.size())
        .isGreaterThanOrEqualTo(MIN_JSONPATH_PASS_RATE);
  }

  @Test
  void wholeLanguagePassRateIsAtLeast98Percent() {
    // given: every case of pure/ and lambda/, JSONata and variables included
    List<CaseResult> all = results.stream().filter(r -> r.status() != CaseStatus.SKIP).toList();

    // when
    long passed = all.stream().filter(r -> r.status() == CaseStatus.PASS).count();
    double rate = (double) passed / all.size();

    // then
    assertThat(all).isNotEmpty();
    assertThat(rate)
        .as("cases that pass: %d of %d", passed, all.size())
        .isGreaterThanOrEqualTo(MIN_JSONPATH_PASS_RATE);
  }

  private static List<String> knownFailureLines() throws IOException {
    try (InputStream in = ConformanceCorpusTest.class.getResourceAsStream(KNOWN_FAILURES)) {
      assertThat(in).as(KNOWN_FAILURES).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /**
   * {@code ../shared/conformance}. Skips the tests when it is absent, or fails them when {@code
   * STEPWELL_REQUIRE_SHARED=true}.
   */
  private static Path corpus() {
    String shared = System.getProperty("stepwell.shared");
    Path dir = shared == null ? null : Path.of(shared, "conformance");
    if (dir == null || !Files.isDirectory(dir.resolve("pure"))) {
      String message =
          "The conformance corpus is not at "
              + dir
              + " (system property stepwell.shared); AWS-recorded cases were not run";
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return dir;
  }
}
