package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs Stepwell's own conformance cases ({@code src/test/resources/cases/}): cases in the corpus
 * format whose expected values come from worked examples in AWS's Step Functions documentation
 * (each case's {@code source} names the page), not from a recording. They check behaviour the team
 * has not tuned against. Like {@link ConformanceCorpusTest}, results are held to a checked-in list
 * of known failures ({@code cases/known-failures.txt}); unlike it, nothing here needs {@code
 * ../shared}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnConformanceCasesTest {
  private static final String FOLDER = "/cases";
  private static final String KNOWN_FAILURES = FOLDER + "/known-failures.txt";

  /** The folder holds 60 cases; far fewer means the loading broke. */
  private static final int EXPECTED_AT_LEAST = 40;

  private List<CaseResult> results;
  private KnownFailures known;

  @BeforeAll
  void runTheCases() throws IOException, URISyntaxException {
    URL folder = OwnConformanceCasesTest.class.getResource(FOLDER);
    assertThat(folder).as("test resource folder %s", FOLDER).isNotNull();
    known = KnownFailures.parse(knownFailureLines());
    results = new ConformanceRunner().runAll(List.of(Path.of(folder.toURI())), r -> {});
  }

  @Test
  void onlyKnownFailuresFail() {
    // given the run of every case

    // when
    List<String> unexpected =
        results.stream()
            .filter(r -> r.status() == CaseStatus.FAIL && !known.contains(r.name()))
            .map(KnownFailures::line)
            .toList();

    // then
    assertThat(results).hasSizeGreaterThanOrEqualTo(EXPECTED_AT_LEAST);
    assertThat(unexpected)
        .as(
            "cases that fail but are not in %s (fix Stepwell or the case, or list them)",
            KNOWN_FAILURES)
        .isEmpty();
  }

  @Test
  void noCaseIsSkipped() {
    // given the run of every case

    // when
    List<String> skipped =
        results.stream().filter(r -> r.status() == CaseStatus.SKIP).map(CaseResult::line).toList();

    // then: every case is written for the in-memory runner, so a skip means a broken case
    assertThat(skipped).as("cases the runner skipped").isEmpty();
  }

  @Test
  void noKnownFailurePasses() {
    // given the run of every case

    // when
    List<String> passing = known.nowPassing(results);
    List<String> stale = known.stale(results);

    // then
    assertThat(passing)
        .as("cases in %s that now pass: remove their lines", KNOWN_FAILURES)
        .isEmpty();
    assertThat(stale).as("names in %s that are not cases", KNOWN_FAILURES).isEmpty();
  }

  private static List<String> knownFailureLines() throws IOException {
    try (InputStream in = OwnConformanceCasesTest.class.getResourceAsStream(KNOWN_FAILURES)) {
      assertThat(in).as(KNOWN_FAILURES).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
