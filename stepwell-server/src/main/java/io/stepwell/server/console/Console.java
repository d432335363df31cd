package io.stepwell.server.console;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;

/**
 * The web console: {@code GET /} is its page, {@code /console/**} its own files, {@code
 * /webjars/**} the libraries it loads, and {@code GET
 * /console/api/executions/{executionArn}/events} a server-sent-events stream of an execution's
 * history events as {@code GetExecutionHistory} shapes them.
 */
public final class Console implements ServerFeature {
  private final ClassLoader loader;

  /** A console reading its files from this class's class loader. */
  public Console() {
    this(Console.class.getClassLoader());
  }

  Console(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    WebJars webJars = new WebJars(loader);
    ConsoleFiles files = new ConsoleFiles(loader, webJars);
    HistoryStream stream = new HistoryStream(parts.engine());
    routing.get("/", files::index);
    routing.get("/index.html", files::index);
    routing.get("/console/api/executions/{arn}/events", stream::handle);
    routing.get("/console/*", files::handle);
    routing.get("/webjars/*", webJars::handle);
  }
}
