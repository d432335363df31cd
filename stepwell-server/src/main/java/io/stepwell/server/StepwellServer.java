package io.stepwell.server;

import io.helidon.common.Size;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import io.stepwell.engine.Engine;
import io.stepwell.functions.FunctionHost;
import java.util.ArrayList;
import java.util.List;

/**
 * Stepwell over HTTP: the AWS-compatible API on Helidon SE (a virtual thread per request). It owns
 * neither the engine nor the function host: whoever built them closes them.
 */
public final class StepwellServer implements AutoCloseable {
  private final WebServer server;
  private final ServerParts parts;

  private StepwellServer(Builder b) {
    this.parts = new ServerParts(b.engine, b.functions, new AwsJsonApi());
    HttpRouting.Builder routing = HttpRouting.builder();
    for (ServerFeature feature : b.features) {
      feature.register(routing, parts);
    }
    // After the features: the first route that matches answers, so a feature may check more.
    routing.get(
        "/health",
        (req, res) -> {
          res.header(HeaderNames.CONTENT_TYPE, "application/json");
          res.send("{\"status\":\"UP\"}");
        });
    routing.post("/", parts.api()::handle);
    this.server =
        WebServer.builder()
            .host(b.host)
            .port(b.port)
            .contentEncoding(AwsChunkedEncoding.context())
            // A filter that reads the body before the route (SigV4 hashes it) buffers it; allow
            // Lambda's largest request (a 50 MB package, base64) rather than Helidon's 64 KB.
            .addProtocol(Http1Config.builder().maxBufferedEntitySize(Size.parse("80 MB")).build())
            .routing(routing)
            .build()
            .start();
  }

  /** A builder for a server over {@code engine}. */
  public static Builder builder(Engine engine) {
    return new Builder(engine);
  }

  /** The port it listens on (the one picked when it was asked for port 0). */
  public int port() {
    return server.port();
  }

  /** What the features share. */
  public ServerParts parts() {
    return parts;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** How a server is put together. */
  public static final class Builder {
    private final Engine engine;
    private FunctionHost functions;
    private String host = "127.0.0.1";
    private int port = 8083;
    private final List<ServerFeature> features = new ArrayList<>();

    private Builder(Engine engine) {
      this.engine = engine;
    }

    /** The functions the Lambda API serves. */
    public Builder functions(FunctionHost functions) {
      this.functions = functions;
      return this;
    }

    /** The address and port to listen on (port 0 picks a free one). */
    public Builder bind(String host, int port) {
      this.host = host;
      this.port = port;
      return this;
    }

    /** Adds a part of the API. */
    public Builder feature(ServerFeature feature) {
      features.add(feature);
      return this;
    }

    /** Starts listening. */
    public StepwellServer start() {
      return new StepwellServer(this);
    }
  }
}
