/**
 * Metrics and health: {@code GET /metrics} in Prometheus' text format (execution and transition
 * counters from history events, API latency and store commit histograms, no dependency), {@link
 * io.stepwell.server.metrics.MeteredStore} timing the store's commits, and a {@code GET /health}
 * that checks the store.
 */
package io.stepwell.server.metrics;
