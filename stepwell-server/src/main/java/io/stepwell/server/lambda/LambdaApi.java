package io.stepwell.server.lambda;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.engine.Engine;
import io.stepwell.functions.FunctionHost;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The part of AWS Lambda's REST API that tools use, over the server's {@link FunctionHost}: {@code
 * Invoke}, {@code GetFunction}, {@code GetFunctionConfiguration}, {@code ListFunctions}, {@code
 * CreateFunction}, {@code UpdateFunctionCode}, {@code UpdateFunctionConfiguration} and {@code
 * DeleteFunction}, at Lambda's paths under {@code /2015-03-31/functions}, with Lambda's error shape
 * ({@code x-amzn-ErrorType} and {@code {"Type": "User", "Message": ...}}).
 *
 * <p>Code comes from {@code Code.ZipFile} (a jar or zip, unpacked under the data folder given here)
 * or from a local path, following LocalStack's convention for hot reloading: {@code {"S3Bucket":
 * "hot-reload", "S3Key": "/abs/path/to/classes-or-jar"}}; such a function is deployed again
 * whenever its files change.
 *
 * <p>The host must name the engine's region and account, so that the ARNs a Step Functions Task
 * state uses and the ones this API reports agree.
 */
public final class LambdaApi implements ServerFeature {
  private static final Logger LOG = Logger.getLogger(LambdaApi.class.getName());

  /** Where Lambda's function resources live. */
  public static final String PREFIX = "/2015-03-31/functions";

  private final Path dataDirectory;
  private final InstantSource clock;
  private final io.stepwell.engine.store.KeyValueStore documents;

  /**
   * A Lambda API that unpacks uploaded code under {@code dataDirectory}.
   *
   * @param dataDirectory a folder this API may write to (created when needed)
   */
  public LambdaApi(Path dataDirectory) {
    this(dataDirectory, InstantSource.system());
  }

  /** As {@link #LambdaApi(Path)}, with the clock that dates changes and log lines. */
  public LambdaApi(Path dataDirectory, InstantSource clock) {
    this(dataDirectory, clock, null);
  }

  /**
   * As {@link #LambdaApi(Path, InstantSource)}, keeping the functions it makes in {@code documents}
   * (the store's), so that a restarted server serves them again.
   */
  public LambdaApi(
      Path dataDirectory, InstantSource clock, io.stepwell.engine.store.KeyValueStore documents) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
    this.documents = documents;
  }

  /**
   * @throws IllegalStateException when the server has no function host, or the host's region or
   *     account differs from the engine's
   */
  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    FunctionHost host = parts.functions();
    if (host == null) {
      throw new IllegalStateException(
          "The Lambda API needs a function host: StepwellServer.builder(engine).functions(host).");
    }
    Engine engine = parts.engine();
    if (!host.region().equals(engine.region()) || !host.accountId().equals(engine.account())) {
      throw new IllegalStateException(
          "The function host names "
              + host.region()
              + "/"
              + host.accountId()
              + " but the engine "
              + engine.region()
              + "/"
              + engine.account()
              + "; build the host with new FunctionHost(engine.region(), engine.account(), ...)"
              + " so that function ARNs agree.");
    }
    CodeStore codes = new CodeStore(dataDirectory);
    FunctionCatalog catalog =
        new FunctionCatalog(
            host, codes, clock, documents == null ? null : new DurableFunctions(documents));
    for (String problem : catalog.restore()) {
      java.util.logging.Logger.getLogger(LambdaApi.class.getName())
          .warning("a function kept from before cannot be registered again: " + problem);
    }
    routing.register(new Routes(host, catalog, codes, clock));
  }

  /** The routes, and the hot-reload poller that lives as long as the server. */
  private static final class Routes implements HttpService {
    private final FunctionActions actions;
    private final InvokeAction invoke;
    private final HotReloader reloader;

    Routes(FunctionHost host, FunctionCatalog catalog, CodeStore codes, InstantSource clock) {
      this.reloader = new HotReloader(catalog);
      this.actions = new FunctionActions(host, catalog, codes, reloader);
      this.invoke = new InvokeAction(host, catalog, clock);
    }

    @Override
    public void routing(HttpRules rules) {
      rules
          .get(PREFIX, action((req, res, id) -> actions.list(req, res, id)))
          .get(PREFIX + "/", action((req, res, id) -> actions.list(req, res, id)))
          .post(PREFIX, action((req, res, id) -> actions.create(req, res, id)))
          .post(PREFIX + "/", action((req, res, id) -> actions.create(req, res, id)))
          .get(PREFIX + "/{name}", action((req, res, id) -> actions.get(req, res, name(req), id)))
          .delete(
              PREFIX + "/{name}", action((req, res, id) -> actions.delete(req, res, name(req), id)))
          .get(
              PREFIX + "/{name}/configuration",
              action((req, res, id) -> actions.getConfiguration(req, res, name(req), id)))
          .put(
              PREFIX + "/{name}/configuration",
              action((req, res, id) -> actions.updateConfiguration(req, res, name(req), id)))
          .put(
              PREFIX + "/{name}/code",
              action((req, res, id) -> actions.updateCode(req, res, name(req), id)))
          .post(
              PREFIX + "/{name}/invocations",
              action((req, res, id) -> invoke.handle(req, res, name(req), id)));
    }

    @Override
    public void beforeStart() {
      reloader.start();
    }

    @Override
    public void afterStop() {
      reloader.close();
    }

    private static String name(ServerRequest req) {
      return req.path().pathParameters().get("name");
    }

    private static Handler action(Action action) {
      return (req, res) -> {
        String id = UUID.randomUUID().toString();
        try {
          action.run(req, res, id);
        } catch (LambdaException e) {
          RestJson.error(res, e, id);
        } catch (RuntimeException e) {
          LOG.log(Level.SEVERE, "Lambda API failure on " + req.path().rawPath(), e);
          RestJson.error(
              res, new LambdaException("ServiceException", 500, "Internal error: " + e), id);
        }
      };
    }
  }

  /** One API action, given the request id it answers with. */
  @FunctionalInterface
  interface Action {
    void run(ServerRequest req, ServerResponse res, String requestId);
  }
}
