package io.stepwell.server;

import io.helidon.webserver.http.HttpRouting;

/**
 * A part of the server's API (Step Functions actions, the Lambda API, the console...): it adds its
 * JSON actions to {@link ServerParts#api()} and any other routes to the routing.
 */
@FunctionalInterface
public interface ServerFeature {
  void register(HttpRouting.Builder routing, ServerParts parts);
}
