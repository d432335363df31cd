package io.stepwell.server.sfn;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.StoredEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * History events as {@code GetExecutionHistory} sends them: the details under the member AWS names
 * for the event type, the JSON documents in them ({@code input}, {@code output}, {@code
 * parameters}, each assigned variable) as JSON text.
 */
final class HistoryEvents {
  /** The details members of AWS's {@code HistoryEvent} (from the service model). */
  private static final Set<String> MEMBERS =
      Set.of(
          "activityFailedEventDetails",
          "activityScheduleFailedEventDetails",
          "activityScheduledEventDetails",
          "activityStartedEventDetails",
          "activitySucceededEventDetails",
          "activityTimedOutEventDetails",
          "taskFailedEventDetails",
          "taskScheduledEventDetails",
          "taskStartFailedEventDetails",
          "taskStartedEventDetails",
          "taskSubmitFailedEventDetails",
          "taskSubmittedEventDetails",
          "taskSucceededEventDetails",
          "taskTimedOutEventDetails",
          "executionFailedEventDetails",
          "executionStartedEventDetails",
          "executionSucceededEventDetails",
          "executionAbortedEventDetails",
          "executionTimedOutEventDetails",
          "executionRedrivenEventDetails",
          "mapStateStartedEventDetails",
          "mapIterationStartedEventDetails",
          "mapIterationSucceededEventDetails",
          "mapIterationFailedEventDetails",
          "mapIterationAbortedEventDetails",
          "lambdaFunctionFailedEventDetails",
          "lambdaFunctionScheduleFailedEventDetails",
          "lambdaFunctionScheduledEventDetails",
          "lambdaFunctionStartFailedEventDetails",
          "lambdaFunctionSucceededEventDetails",
          "lambdaFunctionTimedOutEventDetails",
          "stateEnteredEventDetails",
          "stateExitedEventDetails",
          "mapRunStartedEventDetails",
          "mapRunFailedEventDetails",
          "mapRunRedrivenEventDetails",
          "evaluationFailedEventDetails");

  /** The details fields that carry the execution's data, dropped by includeExecutionData=false. */
  private static final Set<String> DATA = Set.of("input", "output", "parameters");

  private HistoryEvents() {}

  /** The member holding an event type's details, or {@code null} when AWS has none for it. */
  static String member(String type) {
    String member;
    if (type.endsWith("StateEntered")) {
      member = "stateEnteredEventDetails";
    } else if (type.endsWith("StateExited")) {
      member = "stateExitedEventDetails";
    } else {
      member = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
    }
    return MEMBERS.contains(member) ? member : null;
  }

  /** One event as AWS sends it. */
  static Map<String, Object> encode(StoredEvent e, boolean includeData) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("timestamp", Shapes.epochSeconds(e.timestamp()));
    out.put("type", e.type());
    out.put("id", e.id());
    out.put("previousEventId", e.previousEventId());
    String member = member(e.type());
    if (member != null) {
      out.put(member, details(e.details(), includeData));
    }
    return out;
  }

  private static Map<String, Object> details(String text, boolean includeData) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, Object> f : Json.asObject(Json.parse(text)).entrySet()) {
      String name = f.getKey();
      Object value = f.getValue();
      if (DATA.contains(name)) {
        if (includeData) {
          out.put(name, Json.write(value));
        }
      } else if ("assignedVariables".equals(name)) {
        if (includeData) {
          Map<String, Object> variables = new LinkedHashMap<>();
          Json.asObject(value).forEach((k, v) -> variables.put(k, Json.write(v)));
          out.put(name, variables);
        }
      } else if (value != null) {
        out.put(name, value);
      }
    }
    return out;
  }
}
