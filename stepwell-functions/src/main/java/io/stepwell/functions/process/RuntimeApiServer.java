package io.stepwell.functions.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * The Lambda Runtime API (version 2018-06-01) for one process, on a loopback port of its own: the
 * JDK's HTTP server, whose handlers run on the runtime's virtual threads, so a long-polling {@code
 * /next} costs no platform thread. The port is what {@code AWS_LAMBDA_RUNTIME_API} names.
 */
final class RuntimeApiServer implements AutoCloseable {
  /** The largest response or error document a runtime may post, as Lambda's Runtime API. */
  static final int MAX_PAYLOAD_BYTES = 6_291_556;

  private static final String PREFIX = "/2018-06-01/runtime/";
  private static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static {
    // The JDK server writes headers and body in two segments; without TCP_NODELAY the second
    // waits for the client's delayed ACK (40 ms on Linux). Read once, when the server is first
    // used, so this must be set before then.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final RuntimeApi api;

  private RuntimeApiServer(HttpServer server, RuntimeApi api) {
    this.server = server;
    this.api = api;
  }

  /** Starts serving {@code api} on an ephemeral loopback port. */
  static RuntimeApiServer start(RuntimeApi api, Executor executor) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      RuntimeApiServer apiServer = new RuntimeApiServer(server, api);
      server.createContext(PREFIX, apiServer::handle);
      server.setExecutor(executor);
      server.start();
      return apiServer;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open a loopback port for the Runtime API", e);
    }
  }

  /** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code host:port}. */
  String address() {
    InetSocketAddress bound = server.getAddress();
    return bound.getAddress().getHostAddress() + ":" + bound.getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String route = exchange.getRequestURI().getPath().substring(PREFIX.length());
      String method = exchange.getRequestMethod();
      if (route.equals("invocation/next")) {
        if (!method.equals("GET")) {
          send(exchange, methodNotAllowed());
          return;
        }
        next(exchange);
        return;
      }
      if (!method.equals("POST")) {
        send(
            exchange,
            route.equals("init/error") || isInvocationRoute(route)
                ? methodNotAllowed()
                : notFound());
        return;
      }
      String errorType = exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER);
      if (route.equals("init/error")) {
        send(exchange, api.initError(errorType, body(exchange)));
      } else if (route.startsWith("invocation/") && route.endsWith("/response")) {
        send(exchange, api.response(requestId(route, "/response"), body(exchange)));
      } else if (route.startsWith("invocation/") && route.endsWith("/error")) {
        send(exchange, api.error(requestId(route, "/error"), errorType, body(exchange)));
      } else {
        send(exchange, notFound());
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    RuntimeApi.NextAnswer answer;
    try {
      answer = api.next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = ApiAnswer.stopping();
    } catch (CancellationException e) {
      answer = ApiAnswer.stopping();
    }
    switch (answer) {
      case ApiAnswer refusal -> send(exchange, refusal);
      case NextEvent event -> {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", event.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(event.deadlineEpochMs()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", event.functionArn());
        if (event.traceId() != null) {
          headers.set("Lambda-Runtime-Trace-Id", event.traceId());
        }
        exchange.sendResponseHeaders(200, event.payload().isEmpty() ? -1 : event.payload().size());
        try (OutputStream out = exchange.getResponseBody()) {
          event.payload().inputStream().transferTo(out);
        }
      }
    }
  }

  private static boolean isInvocationRoute(String route) {
    return route.startsWith("invocation/")
        && (route.endsWith("/response") || route.endsWith("/error"));
  }

  private static String requestId(String route, String suffix) {
    return route.substring("invocation/".length(), route.length() - suffix.length());
  }

  private static BoundedBody body(HttpExchange exchange) throws IOException {
    return BoundedBody.read(exchange.getRequestBody(), MAX_PAYLOAD_BYTES);
  }

  private static ApiAnswer notFound() {
    return new ApiAnswer(404, "NotFound", "404 page not found");
  }

  private static ApiAnswer methodNotAllowed() {
    return new ApiAnswer(405, "MethodNotAllowed", "Method not allowed");
  }

  private static void send(HttpExchange exchange, ApiAnswer answer) throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    if (answer.accepted()) {
      body.put("status", "OK");
    } else {
      body.put("errorMessage", answer.errorMessage());
      body.put("errorType", answer.errorType());
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    write(exchange, answer.status(), json(body));
  }

  private static byte[] json(Map<String, String> body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      return body.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
