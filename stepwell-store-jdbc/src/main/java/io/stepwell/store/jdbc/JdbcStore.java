package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.time;
import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.list;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.ConcurrentStepException;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ParentLink;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Store} on a relational database: SQLite embedded in the process ({@link #sqlite}), or
 * PostgreSQL shared by several nodes ({@link #postgres}). The schema is created and upgraded by
 * Flyway when the store opens.
 *
 * <p>Every method is one statement or one transaction. {@link #createExecution} and {@link
 * #appendStep} write everything of a step (journal entry, history events, the execution's status,
 * timers and tasks) in one transaction, after checking the execution's journal size in the same
 * statement that bumps it, so of two nodes appending to one execution exactly one wins and the
 * other gets a {@link ConcurrentStepException}. Any failure, a bad step included, rolls the whole
 * step back.
 *
 * <p>Thread-safe; {@link #close} releases the connection pools. Instants are kept to the
 * microsecond (a finer part is dropped); JSON text comes back as it was given.
 */
public final class JdbcStore implements Store {
  private final Database db;
  private final GroupCommit groupCommit;

  private JdbcStore(Database db) {
    this.db = db;
    this.groupCommit = db.dialect() instanceof SqliteDialect ? new GroupCommit(db) : null;
  }

  /**
   * Opens (creating it if needed) the SQLite store in {@code dataDir}, file {@code stepwell.db},
   * with {@link SqliteSync#FULL}: when {@link #appendStep} returns, the step is on the disk, and it
   * survives the process being killed ({@code kill -9}) and a power cut.
   */
  public static JdbcStore sqlite(Path dataDir) {
    return sqlite(dataDir, SqliteSync.FULL);
  }

  /**
   * Opens (creating it if needed) the SQLite store in {@code dataDir}, file {@code stepwell.db}:
   * WAL mode, one writer connection, a busy timeout for another process on the same file.
   *
   * @param sync how hard a commit works to reach the disk; see {@link SqliteSync}
   */
  public static JdbcStore sqlite(Path dataDir, SqliteSync sync) {
    return new JdbcStore(Database.open(new SqliteDialect(dataDir, sync)));
  }

  /**
   * Opens the store in a PostgreSQL database that several nodes may share, with up to 10
   * connections.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/database}; a {@code currentSchema} parameter
   *     picks the schema the tables live in
   * @param user the user, or {@code null} when the URL names it
   * @param password the password, or {@code null} when the URL carries it
   */
  public static JdbcStore postgres(String jdbcUrl, String user, String password) {
    return postgres(jdbcUrl, user, password, 10);
  }

  /** As {@link #postgres(String, String, String)}, with at most {@code maxConnections}. */
  public static JdbcStore postgres(
      String jdbcUrl, String user, String password, int maxConnections) {
    return new JdbcStore(
        Database.open(new PostgresDialect(jdbcUrl, user, password, maxConnections)));
  }

  /** The services' documents, in this store's database (same pools, same transactions' rules). */
  public io.stepwell.engine.store.KeyValueStore keyValues() {
    return new JdbcKeyValueStore(db);
  }

  // ---- state machines ----

  @Override
  public void putStateMachine(StateMachineRecord m) {
    db.write(
        "store state machine " + m.arn() + " revision " + m.revision(),
        c ->
            update(
                c,
                "INSERT INTO state_machines (" + Rows.STATE_MACHINE + ") VALUES (?,?,?,?,?,?,?,?)",
                m.arn(),
                m.name(),
                m.type(),
                m.definition(),
                m.roleArn(),
                m.revision(),
                time(m.createdAt()),
                time(m.updatedAt())));
  }

  @Override
  public Optional<StateMachineRecord> stateMachine(String arn) {
    return db.read(
        "read state machine " + arn,
        c ->
            first(
                c,
                "SELECT "
                    + Rows.STATE_MACHINE
                    + " FROM state_machines WHERE arn = ?"
                    + " ORDER BY revision DESC LIMIT 1",
                Rows::stateMachine,
                arn));
  }

  @Override
  public Optional<StateMachineRecord> stateMachine(String arn, int revision) {
    return db.read(
        "read state machine " + arn,
        c ->
            first(
                c,
                "SELECT "
                    + Rows.STATE_MACHINE
                    + " FROM state_machines WHERE arn = ? AND revision = ?",
                Rows::stateMachine,
                arn,
                revision));
  }

  @Override
  public List<StateMachineRecord> stateMachines() {
    return db.read(
        "list state machines",
        c ->
            list(
                c,
                "SELECT "
                    + Rows.STATE_MACHINE
                    + " FROM state_machines s WHERE s.revision ="
                    + " (SELECT MAX(m.revision) FROM state_machines m WHERE m.arn = s.arn)"
                    + " ORDER BY s.name, s.arn",
                Rows::stateMachine));
  }

  @Override
  public boolean deleteStateMachine(String arn) {
    return db.write(
        "delete state machine " + arn,
        c -> {
          update(c, "DELETE FROM state_machine_aliases WHERE state_machine_arn = ?", arn);
          update(c, "DELETE FROM state_machine_versions WHERE state_machine_arn = ?", arn);
          return update(c, "DELETE FROM state_machines WHERE arn = ?", arn) > 0;
        });
  }

  // ---- versions and aliases ----

  @Override
  public boolean createStateMachineVersion(StateMachineVersionRecord v) {
    return db.write("publish version " + v.arn(), c -> Versions.create(c, v));
  }

  @Override
  public Optional<StateMachineVersionRecord> stateMachineVersion(String versionArn) {
    return db.read("read version " + versionArn, c -> Versions.version(c, versionArn));
  }

  @Override
  public int highestStateMachineVersion(String stateMachineArn) {
    return db.read(
        "read the highest version of " + stateMachineArn,
        c -> Versions.highest(c, stateMachineArn));
  }

  @Override
  public List<StateMachineVersionRecord> stateMachineVersions(String stateMachineArn) {
    return db.read(
        "list versions of " + stateMachineArn, c -> Versions.versions(c, stateMachineArn));
  }

  @Override
  public boolean deleteStateMachineVersion(String versionArn) {
    return db.write("delete version " + versionArn, c -> Versions.delete(c, versionArn));
  }

  @Override
  public boolean createStateMachineAlias(StateMachineAliasRecord a) {
    return db.write("create alias " + a.arn(), c -> Versions.createAlias(c, a));
  }

  @Override
  public Optional<StateMachineAliasRecord> stateMachineAlias(String aliasArn) {
    return db.read("read alias " + aliasArn, c -> Versions.alias(c, aliasArn));
  }

  @Override
  public List<StateMachineAliasRecord> stateMachineAliases(String stateMachineArn) {
    return db.read("list aliases of " + stateMachineArn, c -> Versions.aliases(c, stateMachineArn));
  }

  @Override
  public boolean updateStateMachineAlias(StateMachineAliasRecord a) {
    return db.write("update alias " + a.arn(), c -> Versions.updateAlias(c, a));
  }

  @Override
  public boolean deleteStateMachineAlias(String aliasArn) {
    return db.write(
        "delete alias " + aliasArn,
        c -> update(c, "DELETE FROM state_machine_aliases WHERE arn = ?", aliasArn) > 0);
  }

  // ---- executions ----

  @Override
  public boolean createExecution(ExecutionRecord e, StepRecord firstStep) {
    Steps.check(e.arn(), firstStep);
    Database.Work<Boolean> create = c -> Steps.create(c, e, firstStep);
    return groupCommit != null
        ? groupCommit.run("create execution " + e.arn(), create)
        : db.write("create execution " + e.arn(), create);
  }

  @Override
  public Optional<ExecutionRecord> execution(String arn) {
    return db.read(
        "read execution " + arn,
        c ->
            first(
                c,
                "SELECT " + Rows.EXECUTION_READ + " FROM executions WHERE arn = ?",
                Rows::execution,
                arn));
  }

  @Override
  public List<ExecutionRecord> executions(
      String stateMachineArn, String status, int max, String afterArn) {
    return db.read(
        "list executions of " + stateMachineArn,
        c -> Pages.executions(c, stateMachineArn, status, max, afterArn));
  }

  @Override
  public void appendStep(String executionArn, long expectedJournalSize, StepRecord step) {
    Steps.check(executionArn, step);
    if (groupCommit != null) {
      groupCommit.append(executionArn, expectedJournalSize, step);
    } else {
      db.write(
          "append a step to " + executionArn,
          c -> {
            Steps.append(c, executionArn, expectedJournalSize, step);
            return null;
          });
    }
  }

  @Override
  public int deleteClosedExecutionsBefore(Instant cutoff, int max) {
    if (max <= 0) {
      return 0;
    }
    return db.write(
        "delete executions closed before " + cutoff,
        c -> Retention.deleteClosedBefore(c, db.dialect(), cutoff, max));
  }

  @Override
  public List<String> journal(String executionArn) {
    return db.read(
        "read the journal of " + executionArn,
        c ->
            list(
                c,
                "SELECT entry FROM journal WHERE execution_arn = ? ORDER BY seq",
                rs -> rs.getString(1),
                executionArn));
  }

  @Override
  public List<StoredEvent> history(String executionArn, long afterId, int max, boolean reverse) {
    return db.read(
        "read the history of " + executionArn,
        c -> Pages.history(c, executionArn, afterId, max, reverse));
  }

  // ---- timers and tasks ----

  @Override
  public List<TimerRecord> claimDueTimers(
      Instant now, int max, String claimer, Instant leaseUntil) {
    if (max <= 0) {
      return List.of();
    }
    return db.write(
        "claim due timers", c -> Timers.claim(c, db.dialect(), now, max, claimer, leaseUntil));
  }

  @Override
  public Optional<Instant> nextTimer() {
    return db.read(
        "find the next timer",
        c ->
            first(
                c,
                "SELECT MIN(fire_at) AS fire_at FROM timers",
                rs -> Columns.getInstant(rs, "fire_at")));
  }

  @Override
  public Optional<TaskRecord> taskByToken(String token) {
    if (token == null) {
      return Optional.empty();
    }
    return db.read(
        "find a task by token",
        c -> first(c, "SELECT " + Rows.TASK + " FROM tasks WHERE token = ?", Rows::task, token));
  }

  @Override
  public List<TaskRecord> pendingTasks(int max) {
    if (max <= 0) {
      return List.of();
    }
    return db.read(
        "list pending tasks",
        c ->
            list(
                c,
                "SELECT "
                    + Rows.TASK
                    + " FROM tasks ORDER BY created_at, execution_arn, task_id"
                    + " LIMIT ?",
                Rows::task,
                max));
  }

  // ---- nested executions ----

  @Override
  public void putParentLink(ParentLink link) {
    db.write(
        "link " + link.childArn() + " to its parent",
        c -> {
          ParentLinks.put(c, link);
          return null;
        });
  }

  @Override
  public Optional<ParentLink> takeParentLink(String childArn) {
    return db.write("take the parent link of " + childArn, c -> ParentLinks.take(c, childArn));
  }

  @Override
  public List<ParentLink> parentLinksOfEndedChildren(int max) {
    if (max <= 0) {
      return List.of();
    }
    return db.read("list parent links of ended children", c -> ParentLinks.ofEndedChildren(c, max));
  }

  // ---- activities ----

  @Override
  public boolean createActivity(ActivityRecord a) {
    return db.write(
        "create activity " + a.arn(),
        c ->
            update(
                    c,
                    "INSERT INTO activities ("
                        + Activities.ACTIVITY
                        + ") VALUES (?,?,?) ON CONFLICT (arn) DO NOTHING",
                    a.arn(),
                    a.name(),
                    time(a.createdAt()))
                > 0);
  }

  @Override
  public Optional<ActivityRecord> activity(String arn) {
    return db.read(
        "read activity " + arn,
        c ->
            first(
                c,
                "SELECT " + Activities.ACTIVITY + " FROM activities WHERE arn = ?",
                Activities::activity,
                arn));
  }

  @Override
  public List<ActivityRecord> activities() {
    return db.read(
        "list activities",
        c ->
            list(
                c,
                "SELECT " + Activities.ACTIVITY + " FROM activities ORDER BY name, arn",
                Activities::activity));
  }

  @Override
  public boolean deleteActivity(String arn) {
    return db.write(
        "delete activity " + arn, c -> update(c, "DELETE FROM activities WHERE arn = ?", arn) > 0);
  }

  @Override
  public Optional<TaskRecord> claimActivityTask(
      String activityArn, String workerName, String token, Instant now) {
    return db.write(
        "claim a task of " + activityArn,
        c -> Activities.claim(c, db.dialect(), activityArn, workerName, token, now));
  }

  @Override
  public void close() {
    if (groupCommit != null) {
      groupCommit.close();
    }
    db.close();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + db.dialect() + "]";
  }
}
