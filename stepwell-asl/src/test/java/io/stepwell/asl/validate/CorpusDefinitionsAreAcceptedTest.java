package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition AWS ran in the conformance corpus was accepted by AWS, so it must draw no ERROR:
 * a false positive here would refuse a state machine AWS runs.
 */
class CorpusDefinitionsAreAcceptedTest {

  @TestFactory
  Stream<DynamicTest> pureDefinitionsAreAccepted() {
    return acceptedIn("pure");
  }

  @TestFactory
  Stream<DynamicTest> lambdaDefinitionsAreAccepted() {
    return acceptedIn("lambda");
  }

  @TestFactory
  Stream<DynamicTest> otherServiceDefinitionsAreAccepted() {
    return acceptedIn("other");
  }

  private static Stream<DynamicTest> acceptedIn(String folder) {
    List<Path> cases = SharedCorpus.cases(folder);
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(SharedCorpus.name(file), () -> accepted(file)));
  }

  private static void accepted(Path file) {
    // given
    Map<String, Object> c = SharedCorpus.read(file);
    String type = String.valueOf(c.getOrDefault("state_machine_type", Validator.STANDARD));

    // when
    List<Diagnostic> diagnostics = Validator.validate(SharedCorpus.definitionText(c), type);

    // then
    assertThat(diagnostics).filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR).isEmpty();
  }
}
