package io.stepwell.server.console;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.engine.store.Store;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;

/**
 * The web console: {@code GET /} is its page, {@code /console/**} its own files, {@code
 * /webjars/**} the libraries it loads, and {@code GET
 * /console/api/executions/{executionArn}/events} a server-sent-events stream of an execution's
 * history events as {@code GetExecutionHistory} shapes them; {@code GET /console/api/function-logs}
 * the log lines of recent function invocations; {@code GET
 * /console/api/executions/{executionArn}/waiting-tasks} the tasks of an execution that wait for a
 * callback, with their tokens (when the console has the store).
 */
public final class Console implements ServerFeature {
  private final ClassLoader loader;
  private final InvocationLogs logs;
  private final Store store;

  /** A console without function log lines. */
  public Console() {
    this(null);
  }

  /**
   * A console that shows the log lines {@code logs} keeps (its runtimes wrapped with {@link
   * InvocationLogs#capture}).
   */
  public Console(InvocationLogs logs) {
    this(logs, null);
  }

  /**
   * A console that also reads {@code store} (the engine's) for the task tokens of waiting states
   * that do not pass them in their parameters; {@code logs} may be null.
   */
  public Console(InvocationLogs logs, Store store) {
    this.loader = Console.class.getClassLoader();
    this.logs = logs;
    this.store = store;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    WebJars webJars = new WebJars(loader);
    ConsoleFiles files = new ConsoleFiles(loader, webJars);
    HistoryStream stream = new HistoryStream(parts.engine());
    routing.get("/", files::index);
    routing.get("/index.html", files::index);
    routing.get("/console/api/executions/{arn}/events", stream::handle);
    routing.get(
        "/console/api/executions/{arn}/waiting-tasks", new WaitingTasksEndpoint(store)::handle);
    routing.get("/console/api/function-logs", new FunctionLogsEndpoint(logs)::handle);
    routing.get("/console/*", files::handle);
    routing.get("/webjars/*", webJars::handle);
  }
}
