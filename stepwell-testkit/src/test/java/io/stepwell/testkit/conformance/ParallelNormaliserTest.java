package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallelNormaliserTest {
  private static Map<String, Object> event(long id, long previous, String type) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("previousEventId", previous);
    e.put("type", type);
    return e;
  }

  @Test
  void branchEventsLoseTheirIdsAndTheSucceededEventIsDroppedAsTheRecorderDid() {
    // given: the shape of AWS's history for a Parallel state with two one-Pass branches
    List<Map<String, Object>> history = new ArrayList<>();
    history.add(event(1, 0, "ExecutionStarted"));
    history.add(event(2, 0, "ParallelStateEntered"));
    history.add(event(3, 2, "ParallelStateStarted"));
    history.add(event(4, 3, "PassStateEntered"));
    history.add(event(5, 3, "PassStateEntered"));
    history.add(event(6, 4, "PassStateExited"));
    history.add(event(7, 5, "PassStateExited"));
    history.add(event(8, 7, "ParallelStateSucceeded"));
    history.add(event(9, 7, "ParallelStateExited"));
    history.add(event(10, 9, "ExecutionSucceeded"));

    // when
    List<Map<String, Object>> normalised = ParallelNormaliser.normalise(history);

    // then: as in the recording of test_parallel_state_order (id 12 is missing there)
    assertThat(normalised)
        .extracting(e -> e.get("type"))
        .containsExactly(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "PassStateEntered",
            "PassStateEntered",
            "PassStateExited",
            "PassStateExited",
            "ParallelStateExited",
            "ExecutionSucceeded");
    assertThat(normalised.get(3))
        .containsEntry("id", List.of(0))
        .containsEntry("previousEventId", 0);
    assertThat(normalised.get(7)).containsEntry("id", 9L);
  }
}
