package io.stepwell.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.SharedCorpus;
import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every intrinsic call in the recorded definitions parses, and AWS's recorded results hold. */
class ConformanceIntrinsicsTest {
  /** A {@code .$} field whose value is an intrinsic call, and the case it was found in. */
  private record Found(String caseName, String field, String text) {}

  @Test
  void everyIntrinsicCallInTheCorpusParses() {
    // given
    List<Found> found = new ArrayList<>();
    for (SharedCorpus.Case c : SharedCorpus.cases("pure", "lambda")) {
      collect(c.name(), c.content().get("definition"), found);
    }

    // then
    assertThat(found).hasSizeGreaterThan(60);
    List<String> rejected = new ArrayList<>();
    for (Found f : found) {
      try {
        IntrinsicExpression.parse(f.text());
      } catch (IntrinsicSyntaxException e) {
        rejected.add(f.caseName() + " " + f.field() + ": " + e.getMessage());
      }
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void theRecordedIntrinsicCasesGiveAwsResults() {
    // given the single-Pass-state cases intrinsic_functions.* that put one call in FunctionResult
    int checked = 0;
    for (SharedCorpus.Case c : SharedCorpus.cases("pure")) {
      if (!c.name().startsWith("pure/intrinsic_functions.")) {
        continue;
      }
      String text = functionResultCall(c.content().get("definition"));
      if (text == null) {
        continue; // the JSONata $partition and $range cases
      }
      Map<String, Object> expected = Json.asObject(c.content().get("expected"));
      Object input = c.content().get("input");
      Intrinsics.Scope scope =
          new Intrinsics.Scope(input, Map.of("Execution", Map.of("Input", input)), Map.of());

      // when
      Object result = IntrinsicExpression.parse(text).evaluate(scope, Entropy.seeded(11));

      // then
      Object recorded = Json.asObject(expected.get("output")).get("FunctionResult");
      if ("RandomNumberGenerated".equals(recorded)) {
        assertThat(result).as(c.name()).isInstanceOf(Integer.class);
      } else if ("generated-uuid".equals(recorded)) {
        assertThat((String) result).as(c.name()).hasSize(36);
      } else {
        assertThat(Json.valueEquals(result, recorded))
            .as(c.name() + ": " + text + " gave " + Json.write(result))
            .isTrue();
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static String functionResultCall(Object definition) {
    Map<String, Object> states = Json.asObject(Json.asObject(definition).get("States"));
    Map<String, Object> state = Json.asObject(states.values().iterator().next());
    return state.get("Parameters") instanceof Map<?, ?> parameters
        ? (String) parameters.get("FunctionResult.$")
        : null;
  }

  private static void collect(String caseName, Object value, List<Found> found) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        if (key.endsWith(".$")
            && e.getValue() instanceof String s
            && IntrinsicExpression.isIntrinsic(s)) {
          found.add(new Found(caseName, key, s));
        }
        collect(caseName, e.getValue(), found);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        collect(caseName, item, found);
      }
    }
  }
}
