package io.stepwell.asl.eval;

import io.stepwell.asl.distributed.ChildExecution;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.ParallelState;
import io.stepwell.asl.model.State;
import java.time.Instant;
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
  final Object[] inputs;
  final ChildExecution.Status[] statuses;
  final String[] errors;
  final String[] causes;
  final Instant[] startDates;
  final Instant[] stopDates;

  /** The child frames by index, once started; a redrive resumes those that did not succeed. */
  final Frame[] frames;

  /** Map iterations a redrive runs again, started before new ones as concurrency allows. */
  final java.util.ArrayDeque<Integer> redrives = new java.util.ArrayDeque<>();

  String mapRunArn;
  String itemSource = "STATE_DATA";
  Object writtenResult;
  long writeTrigger;
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
    int n = items.size();
    this.inputs = new Object[n];
    this.statuses = new ChildExecution.Status[n];
    this.errors = new String[n];
    this.causes = new String[n];
    this.startDates = new Instant[n];
    this.stopDates = new Instant[n];
    this.frames = new Frame[n];
    this.maxConcurrency = maxConcurrency <= 0 ? Integer.MAX_VALUE : maxConcurrency;
    this.toleratedPercentage = toleratedPercentage;
    this.toleratedCount = toleratedCount;
    this.effectiveInput = effectiveInput;
  }

  void started(int index, Object input, Instant at) {
    inputs[index] = input;
    startDates[index] = at;
  }

  void ended(int index, ChildExecution.Status status, String error, String cause, Instant at) {
    statuses[index] = status;
    errors[index] = error;
    causes[index] = cause;
    stopDates[index] = at;
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
