package io.stepwell.testkit.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a recorded history with a run's: first the sequence of event types, then each event's
 * ids and details. Events whose recorded id is {@code [0]} came from concurrent Parallel branches
 * ({@link ParallelNormaliser}); each run of them is compared as a multiset.
 */
final class HistoryMatcher {
  private final ValueMatcher values;

  HistoryMatcher(ValueMatcher values) {
    this.values = values;
  }

  Optional<Difference> compare(List<Map<String, Object>> expected, List<Map<String, Object>> run) {
    Optional<Difference> types = compareTypes(expected, run);
    if (types.isPresent()) {
      return types;
    }
    int i = 0;
    while (i < expected.size()) {
      int end = isBranchEvent(expected.get(i)) ? blockEnd(expected, i) : i + 1;
      Optional<Difference> d =
          end == i + 1 && !isBranchEvent(expected.get(i))
              ? values.compare("/history/" + i, expected.get(i), run.get(i))
              : compareBlock(i, expected.subList(i, end), run.subList(i, end));
      if (d.isPresent()) {
        return d;
      }
      i = end;
    }
    return Optional.empty();
  }

  /** The type sequences, with each block of branch events in a canonical (sorted) order. */
  private static Optional<Difference> compareTypes(
      List<Map<String, Object>> expected, List<Map<String, Object>> run) {
    List<String> want = canonicalTypes(expected);
    List<String> got = canonicalTypes(run);
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      Object w = i < want.size() ? want.get(i) : Difference.ABSENT;
      Object g = i < got.size() ? got.get(i) : Difference.ABSENT;
      if (!w.equals(g)) {
        return Optional.of(new Difference("/history/" + i + "/type", w, g));
      }
    }
    return Optional.empty();
  }

  private static List<String> canonicalTypes(List<Map<String, Object>> events) {
    List<String> types = new ArrayList<>();
    int i = 0;
    while (i < events.size()) {
      int end = isBranchEvent(events.get(i)) ? blockEnd(events, i) : i + 1;
      events.subList(i, end).stream()
          .map(e -> String.valueOf(e.get("type")))
          .sorted(Comparator.naturalOrder())
          .forEach(types::add);
      i = end;
    }
    return types;
  }

  /**
   * Matches each recorded branch event to a distinct run event of the block; reports the first
   * recorded event that none matches, against the closest run event of its type.
   */
  private Optional<Difference> compareBlock(
      int offset, List<Map<String, Object>> expected, List<Map<String, Object>> run) {
    boolean[] used = new boolean[run.size()];
    for (int e = 0; e < expected.size(); e++) {
      String pointer = "/history/" + (offset + e);
      Difference closest = null;
      boolean matched = false;
      for (int r = 0; r < run.size() && !matched; r++) {
        if (used[r]) {
          continue;
        }
        ValueMatcher trial = values.trial();
        Optional<Difference> d = trial.compare(pointer, expected.get(e), run.get(r));
        if (d.isEmpty()) {
          values.commit(trial);
          used[r] = true;
          matched = true;
        } else if (sameType(expected.get(e), run.get(r))
            && (closest == null || d.get().pointer().length() > closest.pointer().length())) {
          // The candidate that matched deepest is the one the recorded event most likely is.
          closest = d.get();
        }
      }
      if (!matched) {
        return Optional.of(
            closest != null
                ? closest
                : new Difference(pointer, expected.get(e), Difference.ABSENT));
      }
    }
    return Optional.empty();
  }

  private static boolean sameType(Map<String, Object> a, Map<String, Object> b) {
    return String.valueOf(a.get("type")).equals(String.valueOf(b.get("type")));
  }

  private static boolean isBranchEvent(Map<String, Object> event) {
    return event.get("id") instanceof List<?>;
  }

  private static int blockEnd(List<Map<String, Object>> events, int start) {
    int end = start;
    while (end < events.size() && isBranchEvent(events.get(end))) {
      end++;
    }
    return end;
  }
}
