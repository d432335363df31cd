package io.stepwell.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.SharedCorpus;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code {% %}} string in the recorded definitions parses, and the recorded single-state
 * cases that only evaluate a field give AWS's outputs and causes.
 */
class ConformanceJsonataTest {
  /** An expression string, where it stands in the definition, and the case. */
  private record Found(String caseName, String where, String text) {}

  private static final Entropy ENTROPY = Entropy.seeded(3);

  @Test
  void everyExpressionInTheCorpusParses() {
    // given
    List<Found> found = new ArrayList<>();
    for (SharedCorpus.Case c : SharedCorpus.cases("pure", "lambda", "other", "invalid")) {
      collect(c.name(), "", c.content().get("definition"), found);
    }

    // when
    List<String> rejected = new ArrayList<>();
    for (Found f : found) {
      try {
        JsonataExpression.parse(f.text());
      } catch (JsonataSyntaxException e) {
        rejected.add(f.caseName() + " " + f.where() + ": " + e.getMessage());
      }
    }

    // then
    assertThat(found).hasSizeGreaterThan(100);
    assertThat(rejected).isEmpty();
  }

  @Test
  void singlePassStatesGiveAwsOutputsAndCauses() {
    int checked = 0;
    for (SharedCorpus.Case c : SharedCorpus.cases("pure")) {
      Map<String, Object> state = onlyJsonataState(c, "Pass");
      if (state == null || !state.containsKey("Output") || state.containsKey("Assign")) {
        continue;
      }
      if (Json.write(state.get("Output")).contains("$states.context")) {
        continue; // the context holds recorded ARNs and times
      }
      // given
      JsonataTemplate output = JsonataTemplate.compile(state.get("Output"));
      Map<String, Object> expected = Json.asObject(c.content().get("expected"));

      // when
      Object result;
      try {
        result = output.evaluate("Output", states(c), Map.of(), ENTROPY);
      } catch (StatesFailure failure) {
        // then
        assertThat(expected.get("status")).as(c.name()).isEqualTo("FAILED");
        assertThat(failure.error().aslName()).as(c.name()).isEqualTo(expected.get("error"));
        assertThat(causeAfterStatePrefix((String) expected.get("cause")))
            .as(c.name())
            .isEqualTo(failure.cause());
        checked++;
        continue;
      }
      // then
      assertThat(expected.get("status")).as(c.name()).isEqualTo("SUCCEEDED");
      assertThat(Json.valueEquals(result, expected.get("output")))
          .as(c.name() + ": " + Json.write(result) + " vs " + Json.write(expected.get("output")))
          .isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }

  @Test
  void mapItemsOfTheWrongTypeFailAsOnAws() {
    int checked = 0;
    for (SharedCorpus.Case c : SharedCorpus.cases("pure")) {
      Map<String, Object> state = onlyJsonataState(c, "Map");
      if (state == null || !JsonataExpression.isExpression(state.get("Items"))) {
        continue;
      }
      Map<String, Object> expected = Json.asObject(c.content().get("expected"));
      if (!"FAILED".equals(expected.get("status"))) {
        continue;
      }
      // given
      JsonataTemplate items = JsonataTemplate.compile(state.get("Items"));

      // when: what the interpreter does with a whole-field Items expression
      StatesFailure failure;
      try {
        Object value = items.evaluate("Items", states(c), Map.of(), ENTROPY);
        assertThat(value instanceof List).as(c.name()).isFalse();
        failure = items.expression().unexpectedResultType("Items", "array", value);
      } catch (StatesFailure thrown) {
        failure = thrown;
      }

      // then
      assertThat(failure.cause())
          .as(c.name())
          .isEqualTo(causeAfterStatePrefix((String) expected.get("cause")));
      assertThat(JsonataTemplate.location(failure)).isEqualTo("Items");
      checked++;
    }
    assertThat(checked).isEqualTo(6);
  }

  /** The start state when it is the only state, of this type, in JSONata, else {@code null}. */
  private static Map<String, Object> onlyJsonataState(SharedCorpus.Case c, String type) {
    if (!(c.content().get("definition") instanceof Map<?, ?> definition)) {
      return null;
    }
    Map<String, Object> states = Json.asObject(definition.get("States"));
    if (states == null || states.size() != 1) {
      return null;
    }
    Map<String, Object> state = Json.asObject(states.get(definition.get("StartAt")));
    Object language = state.getOrDefault("QueryLanguage", definition.get("QueryLanguage"));
    return type.equals(state.get("Type")) && "JSONata".equals(language) ? state : null;
  }

  private static Map<String, Object> states(SharedCorpus.Case c) {
    Map<String, Object> states = new LinkedHashMap<>();
    states.put("input", c.content().get("input"));
    states.put("context", Map.of("State", Map.of("Name", "State0")));
    return states;
  }

  /** AWS's cause without the interpreter's "An error occurred while executing ..." prefix. */
  private static String causeAfterStatePrefix(String cause) {
    String marker = "). ";
    int at = cause.indexOf(marker);
    return at < 0 ? cause : cause.substring(at + marker.length());
  }

  private static void collect(String caseName, String where, Object value, List<Found> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collect(caseName, where + "/" + k, v, found));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(caseName, where + "[" + i + "]", list.get(i), found);
      }
    } else if (JsonataExpression.isExpression(value)) {
      found.add(new Found(caseName, where, (String) value));
    }
  }
}
