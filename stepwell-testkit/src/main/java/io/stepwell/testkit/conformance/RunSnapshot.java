package io.stepwell.testkit.conformance;

import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.testkit.ExecutionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run in the shape of a recording: status, output, error, cause, and history events as {@code
 * {id, previousEventId, type, details}}, after the case's snapshot transformers.
 *
 * <p>The transformers' paths name AWS's event fields ({@code stateExitedEventDetails}), so the
 * events are briefly given that shape while the transformers run.
 */
record RunSnapshot(
    String status, Object output, String error, Object cause, List<Map<String, Object>> history) {

  static RunSnapshot of(ExecutionResult result, RecorderTransforms transforms) {
    List<Object> events = new ArrayList<>();
    for (HistoryEvent e : result.history()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", e.id());
      event.put("previousEventId", e.previousEventId());
      event.put("type", e.type());
      event.put(detailsKey(e.type()), Json.deepCopy(e.details() == null ? Map.of() : e.details()));
      events.add(event);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("status", result.status());
    document.put("output", Json.deepCopy(result.output()));
    document.put("error", result.error());
    document.put("cause", result.cause());
    document.put("events", events);
    Map<String, Object> transformed = Json.asObject(transforms.apply(document));

    List<Map<String, Object>> history = new ArrayList<>();
    for (Object item : Json.asArray(transformed.get("events"))) {
      Map<String, Object> aws = Json.asObject(item);
      String type = String.valueOf(aws.get("type"));
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", aws.get("id"));
      event.put("previousEventId", aws.get("previousEventId"));
      event.put("type", type);
      event.put("details", aws.get(detailsKey(type)));
      history.add(event);
    }
    if (transforms.normalisesParallelBranches()) {
      history = ParallelNormaliser.normalise(history);
    }
    return new RunSnapshot(
        (String) transformed.get("status"),
        transformed.get("output"),
        (String) transformed.get("error"),
        transformed.get("cause"),
        history);
  }

  /**
   * The name of AWS's details field for an event type: {@code stateEnteredEventDetails} for every
   * {@code *StateEntered}, {@code stateExitedEventDetails} for every {@code *StateExited}, else the
   * type in lower camel case, e.g. {@code taskScheduledEventDetails}.
   */
  static String detailsKey(String type) {
    if (type.endsWith("StateEntered")) {
      return "stateEnteredEventDetails";
    }
    if (type.endsWith("StateExited")) {
      return "stateExitedEventDetails";
    }
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
  }
}
