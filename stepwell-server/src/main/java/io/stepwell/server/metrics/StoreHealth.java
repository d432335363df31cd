package io.stepwell.server.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.Store;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /health} that asks the store one cheap question ({@link Store#nextTimer()}, an indexed
 * read) within a deadline: {@code 200 {"status":"UP","store":"UP"}}, or {@code 503
 * {"status":"DOWN","store":"DOWN","error":...}} when the store fails or does not answer in time.
 */
final class StoreHealth {
  static final Duration DEADLINE = Duration.ofSeconds(5);

  private final Store store;

  StoreHealth(Store store) {
    this.store = store;
  }

  void handle(ServerRequest req, ServerResponse res) {
    String problem = probe();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("status", problem == null ? "UP" : "DOWN");
    doc.put("store", problem == null ? "UP" : "DOWN");
    if (problem != null) {
      doc.put("error", problem);
    }
    res.status(problem == null ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(Json.write(doc));
  }

  /** {@code null} when the store answered, else what went wrong. */
  String probe() {
    CompletableFuture<Void> answer = new CompletableFuture<>();
    Thread.ofVirtual()
        .name("stepwell-health")
        .start(() -> {
          try {
            store.nextTimer();
            answer.complete(null);
          } catch (RuntimeException e) {
            answer.completeExceptionally(e);
          }
        });
    try {
      answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      return String.valueOf(e.getCause());
    } catch (TimeoutException e) {
      return "the store did not answer within " + DEADLINE.toSeconds() + " s";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
