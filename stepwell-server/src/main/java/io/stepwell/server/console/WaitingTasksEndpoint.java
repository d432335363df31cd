package io.stepwell.server.console;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.TaskRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /console/api/executions/{executionArn}/waiting-tasks}: the tasks of a running
 * execution that wait for a callback with their token, oldest first: {@code {"tasks": [{taskId,
 * resource, token, createdAt}]}} ({@code createdAt} in epoch milliseconds). The console needs it
 * when a state does not pass its token in its parameters (e.g. {@code sns:publish.waitForTaskToken}
 * with only a phone number and a message). An unknown or finished execution, or a console without a
 * store, answers an empty list.
 */
final class WaitingTasksEndpoint {
  // pendingTasks spans every running execution; enough to find one execution's few callbacks
  private static final int MAX = 10_000;
  private final Store store;

  WaitingTasksEndpoint(Store store) {
    this.store = store;
  }

  void handle(ServerRequest req, ServerResponse res) {
    String arn = req.path().pathParameters().get("arn");
    List<Object> tasks =
        store == null
            ? List.of()
            : store.pendingTasks(MAX).stream()
                .filter(t -> arn.equals(t.executionArn()) && t.token() != null)
                .map(WaitingTasksEndpoint::json)
                .toList();
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.send(Json.write(Map.of("tasks", tasks)));
  }

  private static Object json(TaskRecord t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("taskId", t.taskId());
    m.put("resource", t.resource());
    m.put("token", t.token());
    m.put("createdAt", t.createdAt().toEpochMilli());
    return m;
  }
}
