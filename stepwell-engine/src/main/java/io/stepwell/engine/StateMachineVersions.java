package io.stepwell.engine;

import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.engine.store.Store;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Versions and aliases of state machines, as AWS has them: a version names one revision for good;
 * an alias routes executions to one or two versions by weight.
 */
final class StateMachineVersions {
  private static final Pattern ALIAS_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final Store store;
  private final InstantSource clock;
  private final RandomGenerator random;

  /** What an execution runs: a state machine's revision, maybe through a version and an alias. */
  record Target(String stateMachineArn, Integer revision, String versionArn, String aliasArn) {}

  StateMachineVersions(Store store, InstantSource clock, RandomGenerator random) {
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  StateMachineVersionRecord publish(StateMachineRecord sm, String description) {
    for (int attempt = 0; attempt < 5; attempt++) {
      List<StateMachineVersionRecord> published = store.stateMachineVersions(sm.arn());
      StateMachineVersionRecord latest = published.isEmpty() ? null : published.getFirst();
      if (latest != null && latest.revision() == sm.revision()) {
        return latest;
      }
      int number = store.highestStateMachineVersion(sm.arn()) + 1;
      StateMachineVersionRecord version =
          new StateMachineVersionRecord(
              sm.arn() + ":" + number,
              sm.arn(),
              number,
              sm.revision(),
              description,
              clock.instant());
      if (store.createStateMachineVersion(version)) {
        return version;
      }
    }
    throw new EngineException(
        "ConflictException",
        "Concurrent requests to publish a version of '" + sm.arn() + "'; try again");
  }

  void deleteVersion(String versionArn) {
    Qualified q = Qualified.parse(versionArn);
    if (q.qualifier() == null || !DIGITS.matcher(q.qualifier()).matches()) {
      throw invalidArn(versionArn);
    }
    List<String> routing = new ArrayList<>();
    for (StateMachineAliasRecord a : store.stateMachineAliases(q.stateMachineArn())) {
      if (a.routing().stream().anyMatch(r -> r.versionArn().equals(versionArn))) {
        routing.add(a.arn());
      }
    }
    if (!routing.isEmpty()) {
      throw new EngineException(
          "ConflictException",
          "Version to be deleted must not be referenced by an alias. Current list of aliases"
              + " referencing this version: "
              + routing);
    }
    store.deleteStateMachineVersion(versionArn);
  }

  StateMachineAliasRecord createAlias(String name, String description, List<AliasRoute> routing) {
    if (name == null || !ALIAS_NAME.matcher(name).matches() || DIGITS.matcher(name).matches()) {
      throw new EngineException("InvalidName", "Invalid Name: '" + name + "'");
    }
    String stateMachineArn = requireRouting(routing);
    String arn = stateMachineArn + ":" + name;
    var now = clock.instant();
    StateMachineAliasRecord alias =
        new StateMachineAliasRecord(arn, stateMachineArn, name, description, routing, now, now);
    if (store.createStateMachineAlias(alias)) {
      return alias;
    }
    StateMachineAliasRecord existing = describeAlias(arn);
    if (Objects.equals(existing.description(), description)
        && existing.routing().equals(alias.routing())) {
      return existing;
    }
    throw new EngineException(
        "ConflictException", "Failed to create alias because an alias with the same name exists");
  }

  /**
   * A published version, by its ARN.
   *
   * @throws EngineException {@code InvalidArn} (not a version ARN), {@code ResourceNotFound}
   */
  StateMachineVersionRecord describeVersion(String versionArn) {
    Qualified q = Qualified.parse(versionArn);
    if (q.qualifier() == null || !DIGITS.matcher(q.qualifier()).matches()) {
      throw invalidArn(versionArn);
    }
    return store.stateMachineVersion(versionArn).orElseThrow(() -> notFound(versionArn));
  }

  StateMachineAliasRecord describeAlias(String aliasArn) {
    Qualified q = Qualified.parse(aliasArn);
    if (q.qualifier() == null || DIGITS.matcher(q.qualifier()).matches()) {
      throw invalidArn(aliasArn);
    }
    return store.stateMachineAlias(aliasArn).orElseThrow(() -> notFound(aliasArn));
  }

  StateMachineAliasRecord updateAlias(
      String aliasArn, String description, List<AliasRoute> routing) {
    StateMachineAliasRecord current = describeAlias(aliasArn);
    if (description == null && routing == null) {
      throw new EngineException(
          "ValidationException",
          "Either the description or the RoutingConfiguration must be specified");
    }
    List<AliasRoute> nextRouting = routing == null ? current.routing() : routing;
    if (routing != null && !requireRouting(routing).equals(current.stateMachineArn())) {
      throw new EngineException(
          "ValidationException",
          "Routing configuration must contain state machine versions of the alias's state"
              + " machine");
    }
    StateMachineAliasRecord next =
        new StateMachineAliasRecord(
            current.arn(),
            current.stateMachineArn(),
            current.name(),
            description == null ? current.description() : description,
            nextRouting,
            current.createdAt(),
            clock.instant());
    if (!store.updateStateMachineAlias(next)) {
      throw notFound(aliasArn);
    }
    return next;
  }

  void deleteAlias(String aliasArn) {
    describeAlias(aliasArn);
    if (!store.deleteStateMachineAlias(aliasArn)) {
      throw notFound(aliasArn);
    }
  }

  /**
   * What an ARN given to {@code StartExecution} runs; an alias picks one of its versions by weight.
   */
  Target resolve(String arn) {
    Qualified q = Qualified.parse(arn);
    if (q.qualifier() == null) {
      return new Target(arn, null, null, null);
    }
    String aliasArn = null;
    String versionArn = arn;
    if (!DIGITS.matcher(q.qualifier()).matches()) {
      StateMachineAliasRecord alias =
          store.stateMachineAlias(arn).orElseThrow(() -> noMachine(arn));
      aliasArn = arn;
      versionArn = pick(alias.routing());
    }
    StateMachineVersionRecord version =
        store.stateMachineVersion(versionArn).orElseThrow(() -> noMachine(arn));
    return new Target(q.stateMachineArn(), version.revision(), versionArn, aliasArn);
  }

  private String pick(List<AliasRoute> routing) {
    int roll = random.nextInt(100);
    int upTo = 0;
    for (AliasRoute r : routing) {
      upTo += r.weight();
      if (roll < upTo) {
        return r.versionArn();
      }
    }
    return routing.getLast().versionArn();
  }

  /** Checks a routing configuration; returns the state machine its versions belong to. */
  private String requireRouting(List<AliasRoute> routing) {
    if (routing == null || routing.isEmpty() || routing.size() > 2) {
      throw new EngineException(
          "ValidationException",
          "1 validation error detected: Value at 'routingConfiguration' failed to satisfy"
              + " constraint: Member must have length "
              + (routing == null || routing.isEmpty()
                  ? "greater than or equal to 1"
                  : "less than or equal to 2"));
    }
    String stateMachineArn = null;
    int sum = 0;
    for (AliasRoute r : routing) {
      if (r.weight() < 0 || r.weight() > 100) {
        throw new EngineException(
            "ValidationException",
            "1 validation error detected: Value at 'routingConfiguration.member.weight' failed to"
                + " satisfy constraint: Member must have value "
                + (r.weight() < 0 ? "greater than or equal to 0" : "less than or equal to 100"));
      }
      sum += r.weight();
      Qualified q = Qualified.parse(r.versionArn());
      if (q.qualifier() == null || !DIGITS.matcher(q.qualifier()).matches()) {
        throw invalidArn(r.versionArn());
      }
      if (stateMachineArn != null && !stateMachineArn.equals(q.stateMachineArn())) {
        throw new EngineException(
            "ValidationException",
            "Routing configuration must contain state machine versions of the same state machine");
      }
      stateMachineArn = q.stateMachineArn();
      if (store.stateMachineVersion(r.versionArn()).isEmpty()) {
        throw notFound(r.versionArn());
      }
    }
    if (routing.size() == 2 && routing.get(0).versionArn().equals(routing.get(1).versionArn())) {
      throw new EngineException(
          "ValidationException",
          "Routing configuration must contain distinct state machine version ARNs");
    }
    if (sum != 100) {
      throw new EngineException(
          "ValidationException", "Sum of routing configuration weights must equal 100");
    }
    return stateMachineArn;
  }

  private static EngineException notFound(String arn) {
    return new EngineException("ResourceNotFound", "Resource not found: '" + arn + "'");
  }

  private static EngineException noMachine(String arn) {
    return new EngineException(
        "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  static EngineException invalidArn(String arn) {
    return new EngineException("InvalidArn", "Invalid Arn: '" + arn + "'");
  }

  /** A state machine ARN, maybe followed by a version number or an alias name. */
  record Qualified(String stateMachineArn, String qualifier) {
    static Qualified parse(String arn) {
      String[] parts = arn == null ? new String[0] : arn.split(":", -1);
      if (parts.length < 7
          || parts.length > 8
          || !"arn".equals(parts[0])
          || !"states".equals(parts[2])
          || !"stateMachine".equals(parts[5])
          || parts[6].isEmpty()) {
        throw invalidArn(arn);
      }
      if (parts.length == 7) {
        return new Qualified(arn, null);
      }
      if (parts[7].isEmpty()) {
        throw invalidArn(arn);
      }
      return new Qualified(arn.substring(0, arn.lastIndexOf(':')), parts[7]);
    }
  }
}
