package io.stepwell.server.console;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.StoredEvent;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /console/api/executions/{executionArn}/events?after=<id>}: a server-sent-events stream
 * of an execution's history events after event {@code after} (or the {@code Last-Event-ID} a
 * reconnecting browser sends), first those already stored, then each as soon as its step commits.
 * Each SSE event is named {@code history}, carries the event's id and holds a JSON array of events
 * shaped as {@code GetExecutionHistory} shapes them. When the execution has ended the stream sends
 * an {@code end} event and closes.
 */
final class HistoryStream {
  private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
  private static final int PAGE = 1000;
  private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(15);
  private static final Set<String> ENDS =
      Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut");

  private final Engine engine;
  private final Map<String, Set<BlockingQueue<List<StoredEvent>>>> watchers =
      new ConcurrentHashMap<>();

  HistoryStream(Engine engine) {
    this.engine = engine;
    // one listener for every stream: the engine keeps its listeners for its whole life
    engine.addListener(this::onEvents);
  }

  private void onEvents(String arn, List<StoredEvent> events) {
    Set<BlockingQueue<List<StoredEvent>>> queues = watchers.get(arn);
    if (queues != null && !events.isEmpty()) {
      queues.forEach(q -> q.add(events));
    }
  }

  void handle(ServerRequest req, ServerResponse res) {
    String arn = req.path().pathParameters().get("arn");
    long after;
    try {
      after =
          Long.parseLong(
              req.query()
                  .first("after")
                  .orElseGet(() -> req.headers().first(LAST_EVENT_ID).orElse("0")));
    } catch (NumberFormatException e) {
      error(res, Status.BAD_REQUEST_400, "ValidationException", "after must be an event id");
      return;
    }
    try {
      engine.describeExecution(arn);
    } catch (EngineException e) {
      error(res, Status.NOT_FOUND_404, e.code(), e.getMessage());
      return;
    }
    BlockingQueue<List<StoredEvent>> queue = new LinkedBlockingQueue<>();
    watchers.computeIfAbsent(arn, k -> ConcurrentHashMap.newKeySet()).add(queue);
    try (SseSink sink = res.sink(SseSink.TYPE)) {
      new Session(arn, sink, queue, after).run();
    } catch (UncheckedIOException e) {
      // the browser went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      watchers.computeIfPresent(
          arn,
          (k, set) -> {
            set.remove(queue);
            return set.isEmpty() ? null : set;
          });
    }
  }

  private static void error(ServerResponse res, Status status, String type, String message) {
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(Json.write(Map.of("__type", type, "message", message)));
  }

  /** One browser's stream: what it was sent last, and whether the execution has ended. */
  private final class Session {
    private final String arn;
    private final SseSink sink;
    private final BlockingQueue<List<StoredEvent>> queue;
    private long last;
    private boolean ended;

    Session(String arn, SseSink sink, BlockingQueue<List<StoredEvent>> queue, long after) {
      this.arn = arn;
      this.sink = sink;
      this.queue = queue;
      this.last = after;
    }

    void run() throws InterruptedException {
      catchUp();
      if (!ended && !"RUNNING".equals(engine.describeExecution(arn).status())) {
        // ended before we subscribed, with its last events already sent
        catchUp();
        ended = true;
      }
      long quietSince = System.nanoTime();
      while (!ended) {
        List<StoredEvent> batch = queue.poll(1, TimeUnit.SECONDS);
        if (batch != null) {
          if (batch.get(0).id() > last + 1) {
            catchUp(); // a step's events overtook another's, or some were missed
          }
          send(batch.stream().filter(e -> e.id() > last).toList());
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > HEARTBEAT_NANOS) {
          sink.emit(SseEvent.builder().comment("keep-alive").build());
          quietSince = System.nanoTime();
        }
      }
      sink.emit(SseEvent.builder().name("end").data("{}").build());
    }

    private void catchUp() {
      while (true) {
        List<StoredEvent> page = engine.history(arn, last, PAGE, false);
        send(page);
        if (page.size() < PAGE) {
          return;
        }
      }
    }

    private void send(List<StoredEvent> events) {
      if (events.isEmpty()) {
        return;
      }
      StringBuilder json = new StringBuilder("[");
      for (StoredEvent e : events) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(Json.write(HistoryEventJson.encode(e)));
        last = e.id();
        ended |= ENDS.contains(e.type());
      }
      json.append(']');
      sink.emit(
          SseEvent.builder().name("history").id(Long.toString(last)).data(json.toString()).build());
    }
  }
}
