package io.stepwell.server.metrics;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Times every request, from the first filter to the route's answer, by action. */
final class RequestTimingFilter implements Filter {
  private static final HeaderName TARGET = HeaderNames.create("X-Amz-Target");

  private final StepwellMetrics metrics;
  private final ActionNames actions;

  RequestTimingFilter(StepwellMetrics metrics, ActionNames actions) {
    this.metrics = metrics;
    this.actions = actions;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    long start = System.nanoTime();
    try {
      chain.proceed();
    } finally {
      String action =
          actions.of(
              req.prologue().method().text(),
              req.path().path(),
              req.headers().first(TARGET).orElse(null));
      metrics.recordRequest(action, System.nanoTime() - start, res.status().code());
    }
  }
}
