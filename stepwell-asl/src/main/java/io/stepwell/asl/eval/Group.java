package io.stepwell.asl.eval;

import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.ParallelState;
import io.stepwell.asl.model.State;
import java.util.ArrayList;
import java.util.List;

/**
 * The children of a running Parallel or Map state: which have started, finished and failed, and
 * their results in order.
 */
final class Group {
  final Frame owner;
  final State state;
  final List<Object> items;
  final Object[] results;
  final List<Frame> running = new ArrayList<>();
  final int maxConcurrency;
  final Double toleratedPercentage;
  final Long toleratedCount;
  final Object effectiveInput;
  int started;
  int completed;
  int failed;
  boolean closed;
  long trigger;

  Group(
      Frame owner,
      State state,
      List<Object> items,
      int maxConcurrency,
      Double toleratedPercentage,
      Long toleratedCount,
      Object effectiveInput) {
    this.owner = owner;
    this.state = state;
    this.items = items;
    this.results = new Object[items.size()];
    this.maxConcurrency = maxConcurrency <= 0 ? Integer.MAX_VALUE : maxConcurrency;
    this.toleratedPercentage = toleratedPercentage;
    this.toleratedCount = toleratedCount;
    this.effectiveInput = effectiveInput;
  }

  boolean isMap() {
    return state instanceof MapState;
  }

  boolean isParallel() {
    return state instanceof ParallelState;
  }

  int size() {
    return results.length;
  }

  /** Whether the failures so far exceed what the Map state tolerates. */
  boolean toleranceExceeded() {
    if (toleratedPercentage == null && toleratedCount == null) {
      return failed > 0;
    }
    boolean byCount = toleratedCount != null && failed > toleratedCount;
    boolean byPercent =
        toleratedPercentage != null && failed * 100.0 / Math.max(1, size()) > toleratedPercentage;
    if (toleratedCount != null && toleratedPercentage != null) {
      return byCount && byPercent;
    }
    return byCount || byPercent;
  }
}
