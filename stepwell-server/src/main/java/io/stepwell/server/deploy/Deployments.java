package io.stepwell.server.deploy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.serverless.DeployOptions;
import io.stepwell.serverless.DeployReport;
import io.stepwell.serverless.Deployer;
import io.stepwell.serverless.HttpTrigger;
import io.stepwell.serverless.Project;
import io.stepwell.serverless.ProjectReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deploys projects onto one engine and function host, remembers them in the store's documents, and
 * keeps the table of their http events. Thread-safe: deploys are serialised.
 */
public final class Deployments {
  private static final String SPACE = "deployments";

  private final Engine engine;
  private final FunctionHost functions;
  private final KeyValueStore documents;
  private final Map<String, HttpTrigger> http = new ConcurrentHashMap<>();
  private final List<java.util.function.Consumer<Project>> provisioners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public Deployments(Engine engine, FunctionHost functions, KeyValueStore documents) {
    this.engine = engine;
    this.functions = functions;
    this.documents = documents;
  }

  /**
   * Adds what makes a project's other resources (its DynamoDB tables...) before its functions and
   * state machines are deployed; it must be idempotent.
   */
  public void provisioner(java.util.function.Consumer<Project> provisioner) {
    provisioners.add(provisioner);
  }

  /**
   * Reads and deploys the project at {@code path} (a folder or its serverless.yml) and records it.
   *
   * @param options the command-line options ({@code stage}, {@code region}...)
   * @param environment what {@code ${env:...}} reads
   * @throws io.stepwell.serverless.ServerlessException for a project that cannot be deployed
   */
  public synchronized Deployment deploy(
      Path path, Map<String, String> options, Map<String, String> environment) {
    Path project = path.toAbsolutePath().normalize();
    DeployOptions deployOptions = new DeployOptions(options, environment, engine.account());
    Project read = ProjectReader.read(project, deployOptions);
    provisioners.forEach(p -> p.accept(read));
    DeployReport report = Deployer.deploy(read, engine, functions, deployOptions);
    for (HttpTrigger t : report.http()) {
      http.put(key(t.method(), "/" + read.stage() + "/" + trim(t.path())), t);
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("path", project.toString());
    record.put("options", options);
    documents.put(SPACE, project + "|" + read.stage(), Json.write(record), KeyValueStore.ANY);
    return new Deployment(read.stage(), report);
  }

  /**
   * Deploys again every project deployed before (the server starts): functions and http events live
   * in memory; state machines and schedules were already in the store and stay unchanged.
   *
   * @return one line per project that could not be deployed
   */
  public List<String> redeployAll() {
    List<String> problems = new ArrayList<>();
    for (KeyValueEntry e : documents.scan(SPACE, "", null, 10_000)) {
      Map<String, Object> record = Json.asObject(Json.parse(e.value()));
      Map<String, String> options = new LinkedHashMap<>();
      Json.asObject(record.get("options")).forEach((k, v) -> options.put(k, String.valueOf(v)));
      try {
        deploy(Path.of((String) record.get("path")), options, System.getenv());
      } catch (RuntimeException ex) {
        problems.add(record.get("path") + ": " + ex.getMessage());
      }
    }
    return problems;
  }

  /** The http event for a request, if one is deployed there. */
  public Optional<HttpTrigger> http(String method, String path) {
    return Optional.ofNullable(http.get(key(method, path)));
  }

  /** Every http event, with the path it is served at ({@code /STAGE/PATH}). */
  public Map<String, HttpTrigger> httpEvents() {
    return Map.copyOf(http);
  }

  private static String key(String method, String path) {
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return method.toUpperCase(java.util.Locale.ROOT) + " " + p;
  }

  private static String trim(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
