package io.stepwell.server.lambda;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.functions.FunctionConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions made through the Lambda API, kept in the store's documents so that a restarted
 * server (or another node) serves them again; their code stays where the API unpacked or found it.
 */
final class DurableFunctions {
  private static final String SPACE = "lambda-functions";
  private final KeyValueStore documents;

  DurableFunctions(KeyValueStore documents) {
    this.documents = documents;
  }

  /** A function as kept. */
  record Saved(FunctionConfig config, FunctionRecord record) {}

  void save(FunctionConfig config, FunctionRecord record) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", config.name());
    c.put("runtime", config.runtime());
    c.put("handler", config.handler());
    c.put("code", config.code().toString());
    c.put("timeoutMillis", config.timeout().toMillis());
    c.put("memoryMb", config.memoryMb());
    c.put("environment", config.environment());
    c.put("reservedConcurrency", config.reservedConcurrency());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("role", record.role());
    r.put("description", record.description());
    r.put("lastModified", record.lastModified().toString());
    r.put("codePath", record.code().path().toString());
    r.put("codeSha256", record.code().sha256());
    r.put("codeSize", record.code().size());
    r.put("codeKind", record.code().kind().name());
    r.put("revisionId", record.revisionId());
    documents.put(
        SPACE, config.name(), Json.write(Map.of("config", c, "record", r)), KeyValueStore.ANY);
  }

  void forget(String name) {
    documents.delete(SPACE, name, KeyValueStore.ANY);
  }

  List<Saved> all() {
    List<Saved> out = new ArrayList<>();
    for (KeyValueEntry e : documents.scan(SPACE, "", null, 100_000)) {
      Map<String, Object> doc = Json.asObject(Json.parse(e.value()));
      Map<String, Object> c = Json.asObject(doc.get("config"));
      Map<String, Object> r = Json.asObject(doc.get("record"));
      Map<String, String> env = new LinkedHashMap<>();
      Json.asObject(c.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
      FunctionConfig config =
          new FunctionConfig(
              (String) c.get("name"),
              (String) c.get("runtime"),
              (String) c.get("handler"),
              Path.of((String) c.get("code")),
              Duration.ofMillis(((Number) c.get("timeoutMillis")).longValue()),
              ((Number) c.get("memoryMb")).intValue(),
              env,
              ((Number) c.get("reservedConcurrency")).intValue());
      FunctionCode code =
          new FunctionCode(
              Path.of((String) r.get("codePath")),
              (String) r.get("codeSha256"),
              ((Number) r.get("codeSize")).longValue(),
              FunctionCode.Kind.valueOf((String) r.get("codeKind")));
      out.add(
          new Saved(
              config,
              new FunctionRecord(
                  (String) r.get("role"),
                  (String) r.get("description"),
                  Instant.parse((String) r.get("lastModified")),
                  code,
                  (String) r.get("revisionId"))));
    }
    return out;
  }
}
