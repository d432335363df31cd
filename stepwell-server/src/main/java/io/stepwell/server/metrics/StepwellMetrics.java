package io.stepwell.server.metrics;

import io.stepwell.engine.HistoryListener;
import io.stepwell.engine.store.StoredEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stepwell's metrics, cheap to record from any thread ({@link LongAdder}s, no locks) and written in
 * Prometheus' text format by {@link #exposition()}:
 *
 * <ul>
 *   <li>{@code stepwell_executions_started_total}, {@code _succeeded_total}, {@code _failed_total},
 *       {@code _timed_out_total}, {@code _aborted_total}: from the engine's history events (this is
 *       a {@link HistoryListener});
 *   <li>{@code stepwell_state_transitions_total}: {@code *StateEntered} events;
 *   <li>{@code stepwell_api_request_seconds{action}}: API request latency, a histogram;
 *   <li>{@code stepwell_api_request_errors_total{action}}: requests answered with 4xx or 5xx;
 *   <li>{@code stepwell_store_commit_seconds{operation}}: how long the store took to commit a new
 *       execution or a step (through {@link MeteredStore}), a histogram.
 * </ul>
 */
public final class StepwellMetrics implements HistoryListener {
  static final double[] API_BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60
  };
  static final double[] COMMIT_BUCKETS = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5
  };

  private final LongAdder started = new LongAdder();
  private final LongAdder succeeded = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder timedOut = new LongAdder();
  private final LongAdder aborted = new LongAdder();
  private final LongAdder transitions = new LongAdder();
  private final ConcurrentMap<String, Histogram> requests = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final Histogram createExecution = new Histogram(COMMIT_BUCKETS);
  private final Histogram appendStep = new Histogram(COMMIT_BUCKETS);

  /** Counts executions and transitions from committed history events. */
  @Override
  public void onEvents(String executionArn, List<StoredEvent> events) {
    for (StoredEvent e : events) {
      switch (e.type()) {
        case "ExecutionStarted" -> started.increment();
        case "ExecutionSucceeded" -> succeeded.increment();
        case "ExecutionFailed" -> failed.increment();
        case "ExecutionTimedOut" -> timedOut.increment();
        case "ExecutionAborted" -> aborted.increment();
        default -> {
          if (e.type().endsWith("StateEntered")) {
            transitions.increment();
          }
        }
      }
    }
  }

  /**
   * Records one API request.
   *
   * @param action the API action, e.g. {@code StartExecution} (a bounded set of names: callers map
   *     unknown ones to one name, so a client cannot grow the label set)
   * @param nanos how long it took
   * @param status the HTTP status it was answered with
   */
  public void recordRequest(String action, long nanos, int status) {
    Histogram h = requests.get(action);
    if (h == null) {
      h = requests.computeIfAbsent(action, a -> new Histogram(API_BUCKETS));
    }
    h.observeNanos(nanos);
    if (status >= 400) {
      errors.computeIfAbsent(action, a -> new LongAdder()).increment();
    }
  }

  void recordCreateExecution(long nanos) {
    createExecution.observeNanos(nanos);
  }

  void recordAppendStep(long nanos) {
    appendStep.observeNanos(nanos);
  }

  /** Every metric in Prometheus' text exposition format 0.0.4. */
  public String exposition() {
    PrometheusText out = new PrometheusText();
    counter(out, "stepwell_executions_started_total", "Executions started.", started);
    counter(out, "stepwell_executions_succeeded_total", "Executions that succeeded.", succeeded);
    counter(out, "stepwell_executions_failed_total", "Executions that failed.", failed);
    counter(out, "stepwell_executions_timed_out_total", "Executions that timed out.", timedOut);
    counter(out, "stepwell_executions_aborted_total", "Executions stopped by a caller.", aborted);
    counter(
        out, "stepwell_state_transitions_total", "States entered, in all executions.", transitions);
    out.family(
        "stepwell_api_request_seconds", "histogram", "API request latency in seconds, by action.");
    for (Map.Entry<String, Histogram> e : new TreeMap<>(requests).entrySet()) {
      e.getValue()
          .write(out, "stepwell_api_request_seconds", PrometheusText.label("action", e.getKey()));
    }
    out.family(
        "stepwell_api_request_errors_total",
        "counter",
        "API requests answered with an error status (4xx or 5xx), by action.");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(errors).entrySet()) {
      out.sample(
          "stepwell_api_request_errors_total",
          PrometheusText.label("action", e.getKey()),
          e.getValue().sum());
    }
    out.family(
        "stepwell_store_commit_seconds",
        "histogram",
        "Time the store took to commit a new execution or a step, in seconds.");
    appendStep.write(
        out, "stepwell_store_commit_seconds", PrometheusText.label("operation", "appendStep"));
    createExecution.write(
        out, "stepwell_store_commit_seconds", PrometheusText.label("operation", "createExecution"));
    return out.toString();
  }

  private static void counter(PrometheusText out, String name, String help, LongAdder value) {
    out.family(name, "counter", help);
    out.sample(name, "", value.sum());
  }
}
