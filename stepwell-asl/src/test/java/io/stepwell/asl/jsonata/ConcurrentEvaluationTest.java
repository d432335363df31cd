package io.stepwell.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parsed expression evaluated from many threads at once gives each thread its own answer. */
class ConcurrentEvaluationTest {
  private static final JsonataTemplate TEMPLATE =
      JsonataTemplate.compile(
          Json.parse(
              "{\"sum\": \"{% $sum($states.input.values) + $offset %}\","
                  + " \"doubled\": \"{% $map($states.input.values, function($v){ $v * 2 }) %}\","
                  + " \"fact\": \"{% ($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f($states.input.n)) %}\","
                  + " \"chunks\": \"{% $partition($states.input.values, 2) %}\"}"));

  private static final JsonataExpression FAILING =
      JsonataExpression.parse("{% $states.input.n + 'x' %}");

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void parallelEvaluationsDoNotSeeEachOther() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> evaluateMany(400)));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Void evaluateMany(int count) {
    for (int i = 0; i < count; i++) {
      int n = 1 + (i % 10);
      List<Object> values = new ArrayList<>();
      for (int v = 0; v <= n; v++) {
        values.add(v);
      }
      Map<String, Object> states = Map.of("input", Map.of("values", values, "n", n));
      Object result = TEMPLATE.evaluate("Output", states, Map.of("offset", i), Expressions.ENTROPY);
      Map<String, Object> object = Json.asObject(result);
      assertThat(object.get("sum")).isEqualTo(n * (n + 1) / 2 + i);
      assertThat(Json.asArray(object.get("doubled"))).hasSize(n + 1).last().isEqualTo(2 * n);
      assertThat(((Number) object.get("fact")).longValue()).isEqualTo(factorial(n));
      assertThat(Json.asArray(object.get("chunks"))).hasSize((n + 2) / 2);
      if (i % 50 == 0) {
        try {
          FAILING.evaluate(states, Map.of(), Expressions.ENTROPY);
          throw new AssertionError("expected a failure");
        } catch (StatesFailure e) {
          assertThat(e.cause()).contains("T2002");
        }
      }
    }
    return null;
  }

  private static long factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }
}
