package io.stepwell.asl.intrinsic;

import static io.stepwell.asl.intrinsic.Intrinsics.evaluate;
import static io.stepwell.asl.intrinsic.Intrinsics.failure;
import static io.stepwell.asl.intrinsic.Intrinsics.invalidArguments;
import static io.stepwell.asl.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesArrayPartitionTest {
  private static final String NINE = "{\"arr\":[1,2,3,4,5,6,7,8,9]}";

  @Test
  void arrayPartitionCutsChunksWithAShorterLastOne() {
    assertThat(evaluate("States.ArrayPartition($.arr, 4)", NINE))
        .isEqualTo(json("[[1,2,3,4],[5,6,7,8],[9]]"));
    assertThat(evaluate("States.ArrayPartition($.arr, 2)", "{\"arr\":[[1],[2],[3],[4]]}"))
        .isEqualTo(json("[[[1],[2]],[[3],[4]]]"));
  }

  @Test
  void arrayPartitionOfAnEmptyArrayOrWithAHugeSize() {
    assertThat(evaluate("States.ArrayPartition($.arr, 3)", "{\"arr\":[]}")).isEqualTo(json("[]"));
    assertThat(evaluate("States.ArrayPartition($.arr, 2147483647)", "{\"arr\":[1,2,3]}"))
        .isEqualTo(json("[[1,2,3]]"));
  }

  @Test
  void arrayPartitionTruncatesAFractionalSize() {
    assertThat(evaluate("States.ArrayPartition($.arr, 2.6)", "{\"arr\":[1,2,3,4,5]}"))
        .isEqualTo(json("[[1,2],[3,4],[5]]"));
  }

  @Test
  void arrayPartitionRejectsASizeBelowOne() {
    for (String size : new String[] {"0", "-1", "0.49", "-0.4", "0.6"}) {
      String expression = "States.ArrayPartition($.arr, " + size + ")";
      assertThat(failure(expression, NINE).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayPartition"));
    }
  }

  @Test
  void arrayPartitionRejectsWrongTypesAndCounts() {
    for (String expression :
        new String[] {
          "States.ArrayPartition('not-array', 2)",
          "States.ArrayPartition($.arr, '2')",
          "States.ArrayPartition($.arr, null)",
          "States.ArrayPartition($.arr)",
          "States.ArrayPartition($.arr, 2, 999)"
        }) {
      assertThat(failure(expression, NINE).cause())
          .isEqualTo(invalidArguments(expression, "States.ArrayPartition"));
    }
  }
}
