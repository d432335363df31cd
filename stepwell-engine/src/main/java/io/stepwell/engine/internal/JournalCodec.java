package io.stepwell.engine.internal;

import io.stepwell.asl.distributed.ListedObject;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Journal entries as JSON text: the first entry holds what started the execution, every later one
 * an {@link Event} the interpreter was handed. Replaying them gives the same state and history.
 */
public final class JournalCodec {
  private JournalCodec() {}

  /** The first entry; {@code seed} seeds the execution's randomness, so a replay draws the same. */
  public static String start(ExecutionInfo info, long seed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "Start");
    m.put("seed", seed);
    m.put("executionArn", info.executionArn());
    m.put("executionName", info.executionName());
    m.put("stateMachineArn", info.stateMachineArn());
    m.put("stateMachineName", info.stateMachineName());
    m.put("roleArn", info.roleArn());
    m.put("input", info.input());
    m.put("startTime", info.startTime().toString());
    m.put("recordHistory", info.recordHistory());
    if (info.maxHistoryEvents() > 0) {
      m.put("maxHistoryEvents", info.maxHistoryEvents());
    }
    return Json.write(m);
  }

  /** The seed of a first entry. */
  public static long seed(String entry) {
    return ((Number) Json.asObject(Json.parse(entry)).get("seed")).longValue();
  }

  /** The execution facts of a first entry. */
  public static ExecutionInfo startInfo(String entry) {
    Map<String, Object> m = Json.asObject(Json.parse(entry));
    return new ExecutionInfo(
        (String) m.get("executionArn"),
        (String) m.get("executionName"),
        (String) m.get("stateMachineArn"),
        (String) m.get("stateMachineName"),
        (String) m.get("roleArn"),
        m.get("input"),
        Instant.parse((String) m.get("startTime")),
        !Boolean.FALSE.equals(m.get("recordHistory")),
        // journals written before the limit existed ran without one
        m.get("maxHistoryEvents") instanceof Number n ? n.intValue() : 0);
  }

  /** A later entry. */
  public static String event(Event event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", event.getClass().getSimpleName());
    m.put("at", event.at().toString());
    switch (event) {
      case Event.TaskSucceeded e -> {
        m.put("taskId", e.taskId());
        m.put("output", e.output());
      }
      case Event.TaskFailed e -> {
        m.put("taskId", e.taskId());
        m.put("error", e.error());
        m.put("cause", e.cause());
      }
      case Event.TaskHeartbeat e -> m.put("taskId", e.taskId());
      case Event.TaskStarted e -> {
        m.put("taskId", e.taskId());
        m.put("workerName", e.workerName());
      }
      case Event.TimerFired e -> m.put("timerId", e.timerId());
      case Event.StopRequested e -> {
        m.put("error", e.error());
        m.put("cause", e.cause());
      }
      case Event.ObjectRead e -> {
        m.put("requestId", e.requestId());
        m.put("content", Base64.getEncoder().encodeToString(e.content()));
      }
      case Event.ObjectsListed e -> {
        m.put("requestId", e.requestId());
        List<Object> objects = new ArrayList<>();
        for (ListedObject o : e.objects()) {
          objects.add(
              List.of(
                  o.key(), o.size(), String.valueOf(o.lastModified()), o.etag(), o.storageClass()));
        }
        m.put("objects", objects);
      }
      case Event.ObjectsWritten e -> m.put("requestId", e.requestId());
      case Event.StorageFailed e -> {
        m.put("requestId", e.requestId());
        m.put("error", e.error());
        m.put("cause", e.cause());
      }
      case Event.RedriveRequested e -> {
        // the time is all it holds
      }
    }
    return Json.write(m);
  }

  /**
   * The entry of a redrive, with the client token it was asked with ({@code null} for none), kept
   * for RedriveExecution's idempotency.
   */
  public static String redrive(Event.RedriveRequested event, String clientToken) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "RedriveRequested");
    m.put("at", event.at().toString());
    if (clientToken != null) {
      m.put("clientToken", clientToken);
    }
    return Json.write(m);
  }

  /** A redrive the journal holds: when, and with which client token ({@code null} for none). */
  public record RedriveEntry(Instant at, String clientToken) {}

  /** The redrives of a journal, oldest first. */
  public static List<RedriveEntry> redrives(List<String> journal) {
    List<RedriveEntry> out = new ArrayList<>();
    for (String entry : journal) {
      if (entry.contains("\"RedriveRequested\"")) {
        Map<String, Object> m = Json.asObject(Json.parse(entry));
        if ("RedriveRequested".equals(m.get("kind"))) {
          out.add(
              new RedriveEntry(Instant.parse((String) m.get("at")), (String) m.get("clientToken")));
        }
      }
    }
    return out;
  }

  /** Decodes a later entry. */
  public static Event decode(String entry) {
    Map<String, Object> m = Json.asObject(Json.parse(entry));
    Instant at = Instant.parse((String) m.get("at"));
    String kind = (String) m.get("kind");
    return switch (kind) {
      case "TaskSucceeded" -> new Event.TaskSucceeded(at, number(m, "taskId"), m.get("output"));
      case "TaskFailed" ->
          new Event.TaskFailed(
              at, number(m, "taskId"), (String) m.get("error"), (String) m.get("cause"));
      case "TaskHeartbeat" -> new Event.TaskHeartbeat(at, number(m, "taskId"));
      case "TaskStarted" ->
          new Event.TaskStarted(at, number(m, "taskId"), (String) m.get("workerName"));
      case "TimerFired" -> new Event.TimerFired(at, number(m, "timerId"));
      case "StopRequested" ->
          new Event.StopRequested(at, (String) m.get("error"), (String) m.get("cause"));
      case "ObjectRead" ->
          new Event.ObjectRead(
              at, number(m, "requestId"), Base64.getDecoder().decode((String) m.get("content")));
      case "ObjectsListed" -> {
        List<ListedObject> objects = new ArrayList<>();
        for (Object o : Json.asArray(m.get("objects"))) {
          List<Object> f = Json.asArray(o);
          objects.add(
              new ListedObject(
                  (String) f.get(0),
                  ((Number) f.get(1)).longValue(),
                  Instant.parse((String) f.get(2)),
                  (String) f.get(3),
                  (String) f.get(4)));
        }
        yield new Event.ObjectsListed(at, number(m, "requestId"), objects);
      }
      case "ObjectsWritten" -> new Event.ObjectsWritten(at, number(m, "requestId"));
      case "RedriveRequested" -> new Event.RedriveRequested(at);
      case "StorageFailed" ->
          new Event.StorageFailed(
              at, number(m, "requestId"), (String) m.get("error"), (String) m.get("cause"));
      default -> throw new IllegalArgumentException("not a journal event: " + kind);
    };
  }

  private static long number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).longValue();
  }
}
