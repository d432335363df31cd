package io.stepwell.asl.jsonata;

import static io.stepwell.asl.jsonata.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The JSONata language reads {@code $states} and variables as it reads any JSON document: nulls are
 * values, numbers compare by value, and objects and arrays work with every operator and function
 * (the JSONata 2.0 documentation gives each expected result).
 */
class InputBoundaryTest {
  private static final String INPUT =
      "{\"items\": [{\"id\": 1, \"n\": null, \"tags\": [\"a\", \"b\"]}, {\"id\": 2.0, \"tags\": []},"
          + " {\"id\": 3, \"n\": 5}], \"obj\": {\"a\": 1, \"b\": null}, \"arr\": [3, null, 1]}";

  @Test
  void pathsFiltersAndWildcardsReadTheInput() {
    assertThat(eval("$states.input.items[id > 1].id", INPUT)).isEqualTo("[2,3]");
    assertThat(eval("$states.input.items[0].tags", INPUT)).isEqualTo("[\"a\",\"b\"]");
    assertThat(eval("$states.input.items.tags", INPUT)).isEqualTo("[\"a\",\"b\"]");
    assertThat(eval("$count($states.input.items)", INPUT)).isEqualTo("3");
    assertThat(eval("$states.input.obj.*", INPUT)).isEqualTo("[1,null]");
    assertThat(eval("$states.input.**.id", INPUT)).isEqualTo("[1,2,3]");
    assertThat(eval("$states.input.items^(>id).id", INPUT)).isEqualTo("[3,2,1]");
    assertThat(eval("$states.input.arr", INPUT)).isEqualTo("[3,null,1]");
  }

  @Test
  void nullsInTheInputAreValues() {
    assertThat(eval("$states.input.items[0].n = null", INPUT)).isEqualTo("true");
    assertThat(eval("$type($states.input.arr[1])", INPUT)).isEqualTo("\"null\"");
    assertThat(eval("$string($states.input.obj)", INPUT))
        .isEqualTo("\"{\\\"a\\\":1,\\\"b\\\":null}\"");
    assertThat(eval("$keys($states.input.obj)", INPUT)).isEqualTo("[\"a\",\"b\"]");
    assertThat(eval("$lookup($states.input.obj, 'b')", INPUT)).isEqualTo("null");
    assertThat(eval("$spread($states.input.obj)", INPUT)).isEqualTo("[{\"a\":1},{\"b\":null}]");
  }

  @Test
  void inputObjectsAndArraysWorkWithOperatorsAndFunctions() {
    assertThat(eval("$states.input.obj = {'a': 1, 'b': null}", INPUT)).isEqualTo("true");
    assertThat(eval("$states.input.items[1].id = 2", INPUT)).isEqualTo("true");
    assertThat(eval("$merge([$states.input.obj, {'c': 3}])", INPUT))
        .isEqualTo("{\"a\":1,\"b\":null,\"c\":3}");
    assertThat(eval("$append($states.input.arr, [4])", INPUT)).isEqualTo("[3,null,1,4]");
    assertThat(eval("$sort($states.input.items.id)", INPUT)).isEqualTo("[1,2,3]");
    assertThat(eval("$distinct([$states.input.obj, $states.input.obj])", INPUT))
        .isEqualTo("{\"a\":1,\"b\":null}");
    assertThat(eval("$each($states.input.obj, function($v, $k){ $k })", INPUT))
        .isEqualTo("[\"a\",\"b\"]");
    assertThat(eval("$sift($states.input.obj, function($v){ $v != null })", INPUT))
        .isEqualTo("{\"a\":1}");
    assertThat(eval("$states.input.obj ~> |$|{'c': 3}, ['b']|", INPUT))
        .isEqualTo("{\"a\":1,\"c\":3}");
    assertThat(eval("$reduce($states.input.items.id, function($a, $b){ $a + $b })", INPUT))
        .isEqualTo("6");
  }

  @Test
  void aTopLevelArrayInputIsAnArray() {
    assertThat(eval("$states.input[1]", "[10, 20]")).isEqualTo("20");
    assertThat(eval("$states.input", "[[1, 2]]")).isEqualTo("[[1,2]]");
    assertThat(eval("$states.input", "[]")).isEqualTo("[]");
  }
}
