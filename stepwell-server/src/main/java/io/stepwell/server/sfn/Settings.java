package io.stepwell.server.sfn;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.server.AwsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What AWS keeps of a state machine that the engine does not: the logging and tracing
 * configurations it echoes, a role changed by {@code UpdateStateMachine}, and (without a store) the
 * definitions of earlier revisions. Held in memory: lost when the server stops.
 */
final class Settings {
  private static final List<String> LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

  private final Engine engine;
  private final Store store;
  private final Map<String, Map<String, Object>> logging = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> tracing = new ConcurrentHashMap<>();
  private final Map<String, NavigableMap<Integer, String>> roles = new ConcurrentHashMap<>();
  private final Map<String, StateMachineRecord> revisions = new ConcurrentHashMap<>();

  /**
   * @param store where earlier revisions are read, or {@code null} to know only those this server
   *     made
   */
  Settings(Engine engine, Store store) {
    this.engine = engine;
    this.store = store;
  }

  static Map<String, Object> defaultLogging() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("level", "OFF");
    out.put("includeExecutionData", false);
    return out;
  }

  /** A request's logging configuration, checked and with AWS's defaults filled in. */
  static Map<String, Object> logging(Map<String, Object> given) {
    Req req = new Req(given);
    String level = req.string("level");
    if (level != null && !LEVELS.contains(level)) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value '"
              + level
              + "' at 'loggingConfiguration.level' failed to satisfy constraint: Member must"
              + " satisfy enum value set: "
              + LEVELS);
    }
    List<Object> destinations = req.list("destinations");
    boolean off = level == null || "OFF".equals(level);
    if ((destinations != null && destinations.size() > 1)
        || (!off && (destinations == null || destinations.isEmpty()))) {
      throw new AwsException(
          "InvalidLoggingConfiguration",
          "Invalid Logging Configuration: Must specify exactly one Log Destination.");
    }
    Map<String, Object> out = defaultLogging();
    out.put("level", off ? "OFF" : level);
    out.put("includeExecutionData", req.flag("includeExecutionData"));
    if (destinations != null && !destinations.isEmpty()) {
      out.put("destinations", destinations);
    }
    return out;
  }

  /** A request's tracing configuration with AWS's default. */
  static Map<String, Object> tracing(Map<String, Object> given) {
    return Map.of("enabled", given != null && new Req(given).flag("enabled"));
  }

  Map<String, Object> logging(String arn) {
    return logging.getOrDefault(arn, defaultLogging());
  }

  Map<String, Object> tracing(String arn) {
    return tracing.getOrDefault(arn, Map.of("enabled", false));
  }

  void setLogging(String arn, Map<String, Object> value) {
    logging.put(arn, value);
  }

  void setTracing(String arn, Map<String, Object> value) {
    tracing.put(arn, value);
  }

  /** Remembers a revision this server made, and the role it was given. */
  void remember(StateMachineRecord revision, String roleArn) {
    revisions.put(revision.arn() + "#" + revision.revision(), revision);
    if (roleArn != null && !roleArn.equals(revision.roleArn())) {
      roles
          .computeIfAbsent(revision.arn(), k -> new ConcurrentSkipListMap<>())
          .put(revision.revision(), roleArn);
    }
  }

  /** The role of a revision: the last one {@code UpdateStateMachine} set up to it. */
  String role(StateMachineRecord revision) {
    NavigableMap<Integer, String> changed = roles.get(revision.arn());
    if (changed == null) {
      return revision.roleArn();
    }
    Map.Entry<Integer, String> e = changed.floorEntry(revision.revision());
    return e == null ? revision.roleArn() : e.getValue();
  }

  /** One revision of a state machine, when it is known. */
  Optional<StateMachineRecord> revision(String arn, int revision) {
    StateMachineRecord latest = engine.stateMachine(arn);
    if (latest.revision() == revision) {
      return Optional.of(latest);
    }
    if (store != null) {
      return store.stateMachine(arn, revision);
    }
    return Optional.ofNullable(revisions.get(arn + "#" + revision));
  }

  void forget(String arn) {
    logging.remove(arn);
    tracing.remove(arn);
    roles.remove(arn);
    revisions.keySet().removeIf(k -> k.startsWith(arn + "#"));
  }
}
