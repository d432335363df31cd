package io.stepwell.server.console;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.StoredEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A history event as {@code GetExecutionHistory} sends it, so the console reads streamed events and
 * fetched pages alike: the details under {@code <type>EventDetails} ({@code
 * stateEnteredEventDetails} and {@code stateExitedEventDetails} for every state type), and the
 * execution's data ({@code input}, {@code output}, {@code parameters}, assigned variables) as JSON
 * text.
 */
final class HistoryEventJson {
  private static final Set<String> DATA = Set.of("input", "output", "parameters");

  private HistoryEventJson() {}

  static String member(String type) {
    if (type.endsWith("StateEntered")) {
      return "stateEnteredEventDetails";
    }
    if (type.endsWith("StateExited")) {
      return "stateExitedEventDetails";
    }
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
  }

  static Map<String, Object> encode(StoredEvent e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("timestamp", e.timestamp().toEpochMilli() / 1000.0);
    out.put("type", e.type());
    out.put("id", e.id());
    out.put("previousEventId", e.previousEventId());
    Map<String, Object> details = details(e.details());
    if (!details.isEmpty()) {
      out.put(member(e.type()), details);
    }
    return out;
  }

  private static Map<String, Object> details(String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, Object> f : Json.asObject(Json.parse(text)).entrySet()) {
      Object value = f.getValue();
      if (DATA.contains(f.getKey())) {
        out.put(f.getKey(), Json.write(value));
      } else if ("assignedVariables".equals(f.getKey())) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Json.asObject(value).forEach((k, v) -> variables.put(k, Json.write(v)));
        out.put(f.getKey(), variables);
      } else if (value != null) {
        out.put(f.getKey(), value);
      }
    }
    return out;
  }
}
