package io.stepwell.server.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.stepwell.engine.store.Store;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;

/**
 * Serves {@code GET /metrics} (Prometheus text format 0.0.4) and a {@code GET /health} that checks
 * the store. It listens to the engine's history events, times every request (add this feature
 * before {@link io.stepwell.server.auth.SigV4Auth} to time refused requests too), and reads store
 * commit times from the {@link MeteredStore} the engine was built on.
 *
 * <pre>{@code
 * StepwellMetrics metrics = new StepwellMetrics();
 * Store store = JdbcStore.sqlite(dir);
 * Engine engine = Engine.builder(new MeteredStore(store, metrics)).build();
 * StepwellServer.builder(engine).feature(new MetricsFeature(metrics, store)).start();
 * }</pre>
 */
public final class MetricsFeature implements ServerFeature {
  private final StepwellMetrics metrics;
  private final Store store;

  /**
   * @param metrics where the metrics are kept (shared with the {@link MeteredStore})
   * @param store the store {@code /health} checks, or {@code null} to keep the plain health check
   */
  public MetricsFeature(StepwellMetrics metrics, Store store) {
    this.metrics = metrics;
    this.store = store;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    parts.engine().addListener(metrics);
    routing.addFilter(new RequestTimingFilter(metrics, new ActionNames(parts.api())));
    routing.get(
        "/metrics",
        (req, res) -> {
          res.header(HeaderNames.CONTENT_TYPE, PrometheusText.CONTENT_TYPE);
          res.send(metrics.exposition());
        });
    if (store != null) {
      routing.get("/health", new StoreHealth(store)::handle);
    }
  }
}
