package io.stepwell.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recorder's {@code SfnNoneRecursiveParallelTransformer}, reproduced to the letter so that a
 * run's history takes the recorded shape: the events between {@code ParallelStateStarted} and the
 * Parallel state's end get the id {@code [0]} and previous id {@code 0} (their order is then
 * meaningless and they are compared as a multiset). Like the original, a second end event ({@code
 * ParallelStateExited} after {@code ParallelStateSucceeded}) replaces the range again with the same
 * branch events, which drops the first end event: the recordings lack it.
 */
final class ParallelNormaliser {
  private static final Set<String> ENDS =
      Set.of(
          "ParallelStateSucceeded",
          "ParallelStateAborted",
          "ParallelStateExited",
          "ParallelStateFailed");

  private ParallelNormaliser() {}

  static List<Map<String, Object>> normalise(List<Map<String, Object>> history) {
    List<Map<String, Object>> events = new ArrayList<>(history);
    int start = -1;
    List<Map<String, Object>> branchEvents = new ArrayList<>();
    boolean inBranches = false;
    // The index runs on over the list as it shrinks, as Python's enumerate() does (skipping one).
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> event = events.get(i);
      Object type = event.get("type");
      if (type == null) {
        inBranches = false;
      } else if (ENDS.contains(type)) {
        // Python's events[None:i] is events[0:i].
        List<Map<String, Object>> range = events.subList(Math.max(start, 0), i);
        range.clear();
        range.addAll(branchEvents);
        inBranches = false;
      } else if (type.equals("ParallelStateStarted")) {
        inBranches = true;
        branchEvents = new ArrayList<>();
        start = i + 1;
      } else if (inBranches) {
        event.put("id", List.of(0));
        event.put("previousEventId", 0);
        branchEvents.add(event);
      }
    }
    return events;
  }
}
