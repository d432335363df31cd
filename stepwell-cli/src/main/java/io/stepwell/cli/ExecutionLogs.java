package io.stepwell.cli;

import io.stepwell.asl.json.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The function log lines of an execution, state by state: each Lambda task of its history (a
 * function ARN, or {@code lambda:invoke}'s {@code FunctionName}) with the invocations of that
 * function while the state ran, from the server's record of recent invocations ({@code
 * /console/api/function-logs}, kept in the server's memory).
 */
final class ExecutionLogs {
  private ExecutionLogs() {}

  /** A Lambda task in the history: the state, the function, when it was scheduled and answered. */
  record LambdaTask(String state, String function, long fromMillis, long toMillis) {}

  static List<LambdaTask> tasks(List<Object> events) {
    List<LambdaTask> out = new ArrayList<>();
    String state = null;
    String function = null;
    long from = 0;
    for (Object o : events) {
      Map<String, Object> e = Json.asObject(o);
      String type = String.valueOf(e.get("type"));
      long at = millis(e.get("timestamp"));
      if (type.endsWith("StateEntered")) {
        state = String.valueOf(detail(e, "stateEnteredEventDetails").get("name"));
      } else if ("LambdaFunctionScheduled".equals(type)) {
        function =
            name(String.valueOf(detail(e, "lambdaFunctionScheduledEventDetails").get("resource")));
        from = at;
      } else if ("TaskScheduled".equals(type)) {
        Map<String, Object> d = detail(e, "taskScheduledEventDetails");
        if ("lambda".equals(d.get("resourceType"))) {
          Object parameters = Json.parse(String.valueOf(d.get("parameters")));
          Object name = parameters instanceof Map<?, ?> p ? p.get("FunctionName") : null;
          function = name == null ? null : name(String.valueOf(name));
          from = at;
        }
      } else if (function != null
          && (type.startsWith("LambdaFunction") || type.startsWith("Task"))
          && (type.endsWith("Succeeded") || type.endsWith("Failed") || type.endsWith("TimedOut"))) {
        out.add(new LambdaTask(state, function, from, at));
        function = null;
      }
    }
    return out;
  }

  static void print(ApiClient client, PrintWriter out, List<Object> events) {
    List<LambdaTask> tasks = tasks(events);
    if (tasks.isEmpty()) {
      out.println("(no Lambda task in this execution)");
      return;
    }
    for (LambdaTask t : tasks) {
      out.println("== " + t.state() + " (" + t.function() + ")");
      Map<String, Object> found =
          client.get(
              "console/api/function-logs?function="
                  + java.net.URLEncoder.encode(
                      t.function(), java.nio.charset.StandardCharsets.UTF_8)
                  + "&from="
                  + (t.fromMillis() - 1000)
                  + "&to="
                  + (t.toMillis() + 1000));
      List<?> invocations = (List<?>) found.getOrDefault("invocations", List.of());
      if (invocations.isEmpty()) {
        out.println(
            "   (no log lines kept: the server keeps those of its recent invocations, in memory)");
      }
      // newest first from the server; print in the order they ran
      for (int i = invocations.size() - 1; i >= 0; i--) {
        for (Object line : (List<?>) Json.asObject(invocations.get(i)).get("lines")) {
          out.println("   " + line);
        }
      }
    }
  }

  private static Map<String, Object> detail(Map<String, Object> event, String key) {
    Object d = event.get(key);
    return d instanceof Map<?, ?> ? Json.asObject(d) : Map.of();
  }

  /** A function's name from its name, ARN or partial ARN (without a qualifier). */
  static String name(String nameOrArn) {
    String[] parts = nameOrArn.split(":");
    int at = java.util.Arrays.asList(parts).indexOf("function");
    return at >= 0 && at + 1 < parts.length ? parts[at + 1] : parts[0];
  }

  private static long millis(Object epochSeconds) {
    return epochSeconds instanceof Number n
        ? new BigDecimal(n.toString()).movePointRight(3).longValue()
        : 0;
  }
}
