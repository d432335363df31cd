package io.stepwell.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a replay must reproduce comes from the caller: entropy, and the instant of $now(). */
class ClockAndEntropyTest {
  private static Object evaluate(String expression, Map<String, Object> states, Entropy entropy) {
    return JsonataExpression.parse("{% " + expression + " %}").evaluate(states, Map.of(), entropy);
  }

  @Test
  void nowIsTheStatesEnteredTime() {
    Map<String, Object> states =
        Map.of(
            "input", Map.of(),
            "context",
                Json.parse(
                    "{\"Execution\": {\"StartTime\": \"2024-01-01T00:00:00Z\"},"
                        + " \"State\": {\"EnteredTime\": \"2024-11-22T10:15:30.123Z\"}}"));
    assertThat(evaluate("$now()", states, Expressions.ENTROPY))
        .isEqualTo("2024-11-22T10:15:30.123Z");
    assertThat(evaluate("$millis()", states, Expressions.ENTROPY)).isEqualTo(1732270530123L);
    assertThat(evaluate("$now('[Y0001]-[M01]-[D01]')", states, Expressions.ENTROPY))
        .isEqualTo("2024-11-22");
  }

  @Test
  void nowIsTheInstantTheCallerGives() {
    Object now =
        JsonataExpression.parse("{% $now() %}")
            .evaluate(
                "Output",
                Expressions.states("{}"),
                Map.of(),
                Expressions.ENTROPY,
                Instant.parse("2030-05-06T07:08:09Z"));
    assertThat(now).isEqualTo("2030-05-06T07:08:09.000Z");
  }

  @Test
  void unseededRandomUuidAndShuffleReplayFromTheSameEntropy() {
    String expression = "{'r': $random(), 'u': $uuid(), 's': $shuffle([1,2,3,4,5,6,7,8,9,10])}";
    Object first = evaluate(expression, Expressions.states("{}"), Entropy.seeded(99));
    Object replay = evaluate(expression, Expressions.states("{}"), Entropy.seeded(99));
    Object other = evaluate(expression, Expressions.states("{}"), Entropy.seeded(100));
    assertThat(Json.write(replay)).isEqualTo(Json.write(first));
    assertThat(Json.write(other)).isNotEqualTo(Json.write(first));
    double random = ((Number) Json.asObject(first).get("r")).doubleValue();
    assertThat(random).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThat(Json.asArray(Json.asObject(first).get("s")))
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
