package io.stepwell.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The navigation fast path must give exactly what JSONata gives. Wrapping an expression in
 * parentheses sends it through the full JSONata evaluation, which is the reference here.
 */
class SimplePathTest {
  private static final Map<String, Object> STATES =
      Map.of(
          "input",
          Json.parse(
              "{\"a\":{\"b\":7,\"c\":7.0,\"d\":2.5,\"s\":\"x\",\"n\":null,\"t\":true,"
                  + "\"one\":[1],\"many\":[1,2],\"objs\":[{\"k\":1},{\"k\":2}],\"o\":{\"p\":1.0}}}"));
  private static final Map<String, Object> VARIABLES =
      Map.of("total", Json.parse("{\"amount\":12.0,\"items\":[3]}"), "name", "Ada");

  @Test
  void fastPathAgreesWithJsonataOnEveryShapeOfValue() {
    List<String> paths =
        List.of(
            "$states.input.a.b",
            "$states.input.a.c",
            "$states.input.a.d",
            "$states.input.a.s",
            "$states.input.a.n",
            "$states.input.a.t",
            "$states.input.a.one",
            "$states.input.a.many",
            "$states.input.a.objs.k",
            "$states.input.a.o",
            "$states.input.a.missing",
            "$states.input.a.s.deeper",
            "$total.amount",
            "$total.items",
            "$name",
            "$notAVariable");
    for (String path : paths) {
      // when
      Object fast = evaluate(path);
      Object full = evaluate("(" + path + ")");

      // then
      assertThat(Json.write(render(fast))).as(path).isEqualTo(Json.write(render(full)));
    }
  }

  @Test
  void onlyPlainFieldNavigationTakesTheFastPath() {
    assertThat(SimplePath.of("$states.input.a")).isNotNull();
    assertThat(SimplePath.of("$states.input.a[0]")).isNull();
    assertThat(SimplePath.of("$states.input.and")).isNull();
    assertThat(SimplePath.of("$sum($states.input.a)")).isNull();
    assertThat(SimplePath.of("$states.input.`a b`")).isNull();
  }

  private static Object evaluate(String expression) {
    try {
      return JsonataExpression.parse("{% " + expression + " %}")
          .evaluate(STATES, VARIABLES, Entropy.seeded(1));
    } catch (RuntimeException e) {
      return "error: " + e.getMessage();
    }
  }

  private static Object render(Object value) {
    return JsonataTemplate.isUndefined(value) ? "<undefined>" : value;
  }
}
