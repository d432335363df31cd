package io.stepwell.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates the rules of every recorded single-Choice case directly against the case's input and
 * checks that the branch taken is the one AWS took.
 */
class ChoiceConformanceTest {
  /** About 320 of the recorded cases have this shape; far fewer means the selection broke. */
  private static final int EXPECTED_AT_LEAST = 300;

  @TestFactory
  Stream<DynamicTest> choiceTakesTheBranchAwsTook() {
    // given
    List<ChoiceCase> cases =
        ConformanceCorpus.load("pure").stream()
            .map(ChoiceCase::of)
            .flatMap(Optional::stream)
            .toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(EXPECTED_AT_LEAST);

    return cases.stream()
        .map(c ->
            DynamicTest.dynamicTest(
                c.name(),
                () -> {
                  // when
                  String branch = branchFor(c);

                  // then
                  assertThat(branch)
                      .as("rules %s on input %s", c.state().get("Choices"), Json.write(c.input()))
                      .isEqualTo(c.expectedBranch());
                }));
  }

  private static String branchFor(ChoiceCase c) {
    DataScope scope = DataScope.of(c.input(), contextObject(c));
    for (Object rule : Json.asArray(c.state().get("Choices"))) {
      Map<String, Object> fields = Json.asObject(rule);
      if (ChoiceRules.parse(fields).matches(scope)) {
        return (String) fields.get("Next");
      }
    }
    return (String) c.state().get("Default");
  }

  private static Map<String, Object> contextObject(ChoiceCase c) {
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("Input", c.input());
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("Name", c.stateName());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("Execution", execution);
    context.put("State", state);
    return context;
  }
}
