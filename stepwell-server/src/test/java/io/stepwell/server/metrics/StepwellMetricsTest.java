package io.stepwell.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepwellMetricsTest {
  private static StoredEvent event(String type) {
    return new StoredEvent(1, 0, type, Instant.EPOCH, "{}");
  }

  @Test
  void historyEventsCountExecutionsByOutcomeAndTransitions() {
    // given
    StepwellMetrics metrics = new StepwellMetrics();

    // when
    metrics.onEvents(
        "arn:1",
        List.of(
            event("ExecutionStarted"),
            event("PassStateEntered"),
            event("PassStateExited"),
            event("TaskStateEntered"),
            event("ExecutionSucceeded")));
    metrics.onEvents("arn:2", List.of(event("ExecutionStarted"), event("ExecutionFailed")));
    metrics.onEvents("arn:3", List.of(event("ExecutionStarted"), event("ExecutionTimedOut")));
    metrics.onEvents("arn:4", List.of(event("ExecutionStarted"), event("ExecutionAborted")));

    // then
    Map<String, Double> s = ExpositionFormat.parse(metrics.exposition());
    assertThat(s)
        .containsEntry("stepwell_executions_started_total", 4.0)
        .containsEntry("stepwell_executions_succeeded_total", 1.0)
        .containsEntry("stepwell_executions_failed_total", 1.0)
        .containsEntry("stepwell_executions_timed_out_total", 1.0)
        .containsEntry("stepwell_executions_aborted_total", 1.0)
        .containsEntry("stepwell_state_transitions_total", 2.0);
  }

  @Test
  void requestLatencyIsACumulativeHistogramPerAction() {
    // given
    StepwellMetrics metrics = new StepwellMetrics();

    // when
    metrics.recordRequest("StartExecution", 300_000L, 200); // 0.3 ms
    metrics.recordRequest("StartExecution", 20_000_000L, 200); // 20 ms
    metrics.recordRequest("StartExecution", 90_000_000_000L, 400); // 90 s, past every bound
    metrics.recordRequest("Invoke", 1_000_000L, 200); // exactly 1 ms: le is inclusive

    // then
    Map<String, Double> s = ExpositionFormat.parse(metrics.exposition());
    String start = "stepwell_api_request_seconds_bucket{action=\"StartExecution\",le=";
    assertThat(s)
        .containsEntry(start + "\"0.0005\"}", 1.0)
        .containsEntry(start + "\"0.025\"}", 2.0)
        .containsEntry(start + "\"60\"}", 2.0)
        .containsEntry(start + "\"+Inf\"}", 3.0)
        .containsEntry("stepwell_api_request_seconds_count{action=\"StartExecution\"}", 3.0)
        .containsEntry("stepwell_api_request_seconds_bucket{action=\"Invoke\",le=\"0.001\"}", 1.0)
        .containsEntry("stepwell_api_request_seconds_bucket{action=\"Invoke\",le=\"0.0005\"}", 0.0)
        .containsEntry("stepwell_api_request_errors_total{action=\"StartExecution\"}", 1.0);
    assertThat(s.get("stepwell_api_request_seconds_sum{action=\"StartExecution\"}"))
        .isCloseTo(90.0203, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void labelValuesAreEscaped() {
    assertThat(PrometheusText.label("action", "a\"b\\c\nd"))
        .isEqualTo("action=\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void numbersAreWrittenAsPrometheusReadsThem() {
    assertThat(PrometheusText.number(0.0001)).isEqualTo("0.0001");
    assertThat(PrometheusText.number(60)).isEqualTo("60");
    assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
  }
}
