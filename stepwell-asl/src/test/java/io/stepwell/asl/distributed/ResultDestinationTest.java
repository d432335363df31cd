package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys as in AWS's documented example: {@code csvProcessJobs/<map run id>/manifest.json}. */
class ResultDestinationTest {
  private static final String MAP_RUN_ARN =
      "arn:aws:states:us-east-2:123456789012:mapRun:csvProcess/Map:ad9b5f27-090b-3ac6-9beb-243cd77144a7";

  @Test
  void prefixesGetOneSlashAndAnEmptyPrefixNone() {
    assertThat(new ResultDestination("b", "p").keyOf("id", "manifest.json"))
        .isEqualTo("p/id/manifest.json");
    assertThat(new ResultDestination("b", "p/").keyOf("id", "manifest.json"))
        .isEqualTo("p/id/manifest.json");
    assertThat(new ResultDestination("b", "").keyOf("id", "manifest.json"))
        .isEqualTo("id/manifest.json");
  }

  @Test
  void theDestinationComesFromTheResolvedParameters() {
    assertThat(ResultDestination.of(Map.of("Bucket", "b", "Prefix", "p")))
        .isEqualTo(new ResultDestination("b", "p"));
    assertThat(ResultDestination.of(Map.of("Bucket", "b")))
        .isEqualTo(new ResultDestination("b", ""));
    for (Object bad :
        List.of(Map.of(), Map.of("Bucket", 3), Map.of("Bucket", "b", "Prefix", 1), "b")) {
      assertThatThrownBy(() -> ResultDestination.of(bad))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              StatesFailure.class,
              f -> assertThat(f.error()).isEqualTo(StatesError.RESULT_WRITER_FAILED));
    }
  }

  @Test
  void theMapRunIdIsTheLastPartOfItsArn() {
    assertThat(ResultManifest.mapRunId(MAP_RUN_ARN))
        .isEqualTo("ad9b5f27-090b-3ac6-9beb-243cd77144a7");
  }
}
