package io.stepwell.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import org.junit.jupiter.api.Test;

/** AWS's limits on workflow variables: 256 KiB in one Assign, 10 MiB in all of them. */
class VariableLimitsTest {
  private static ExecutionResult run(String definition, String input) {
    return new InMemoryDriver(r -> null).run(RunRequest.of(definition, Json.parse(input)));
  }

  @Test
  void assignOverTheLimitFailsWithDataLimitExceeded() {
    // given: a 300 KiB string assigned to one variable
    String big = "a".repeat(300 * 1024);
    String definition =
        """
        {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"big.$":"$.text"},"End":true}}}
        """;

    // when
    ExecutionResult result = run(definition, "{\"text\":\"" + big + "\"}");

    // then
    assertThat(result.status()).isEqualTo("FAILED");
    assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
  }

  @Test
  void reassigningInALoopDoesNotAccumulate() {
    // given: 200 rounds each assigning the same 100 KiB variable (20 MB if it accumulated)
    String definition =
        """
        {"StartAt":"Loop","States":{
          "Loop":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThanEquals":200,"Next":"Done"}],"Default":"Set"},
          "Set":{"Type":"Pass","Assign":{"chunk.$":"$.text"},"Parameters":{"text.$":"$.text","n.$":"States.MathAdd($.n, 1)"},"Next":"Loop"},
          "Done":{"Type":"Succeed","OutputPath":"$.n"}}}
        """;
    String chunk = "b".repeat(100 * 1024);

    // when
    ExecutionResult result = run(definition, "{\"n\":0,\"text\":\"" + chunk + "\"}");

    // then
    assertThat(result.status()).as(result.cause()).isEqualTo("SUCCEEDED");
    assertThat(result.output()).isEqualTo(200);
  }
}
