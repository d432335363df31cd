package io.stepwell.server.console;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /console/api/function-logs?function=<name>&requestId=<id>&from=<ms>&to=<ms>}: the log
 * lines of recent invocations ({@link InvocationLogs}), newest first: {@code {"recording": true,
 * "invocations": [{functionName, requestId, start, end, outcome, lines}]}} with times in epoch
 * milliseconds. {@code recording} is false when the server keeps no logs.
 */
final class FunctionLogsEndpoint {
  private static final int MAX = 50;
  private final InvocationLogs logs;

  FunctionLogsEndpoint(InvocationLogs logs) {
    this.logs = logs;
  }

  void handle(ServerRequest req, ServerResponse res) {
    Parameters q = req.query();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("recording", logs != null);
    List<Object> invocations =
        logs == null
            ? List.of()
            : logs
                .find(
                    q.first("function").orElse(null),
                    q.first("requestId").orElse(null),
                    instant(q.first("from").orElse(null)),
                    instant(q.first("to").orElse(null)),
                    MAX)
                .stream()
                .map(FunctionLogsEndpoint::json)
                .toList();
    out.put("invocations", invocations);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.send(Json.write(out));
  }

  private static Instant instant(String millis) {
    if (millis == null || millis.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochMilli(Long.parseLong(millis.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object json(InvocationLogs.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("functionName", e.functionName());
    m.put("requestId", e.requestId());
    m.put("start", e.start().toEpochMilli());
    m.put("end", e.end().toEpochMilli());
    m.put("outcome", e.outcome());
    m.put("lines", e.lines());
    return m;
  }
}
