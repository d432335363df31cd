package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.time;
import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.list;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of state machine versions and aliases. An alias's routing is one JSON column: it is read and
 * written whole, never queried by its parts. A deleted version keeps its row, flagged, so that its
 * number is never published again (as AWS does).
 */
final class Versions {
  static final String VERSION =
      "arn, state_machine_arn, version, revision, description, created_at";
  static final String ALIAS =
      "arn, state_machine_arn, name, description, routing, created_at, updated_at";

  private Versions() {}

  static boolean create(Connection c, StateMachineVersionRecord v) throws SQLException {
    return update(
            c,
            "INSERT INTO state_machine_versions ("
                + VERSION
                + ") VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            v.arn(),
            v.stateMachineArn(),
            v.version(),
            v.revision(),
            v.description(),
            time(v.createdAt()))
        > 0;
  }

  static Optional<StateMachineVersionRecord> version(Connection c, String versionArn)
      throws SQLException {
    return first(
        c,
        "SELECT " + VERSION + " FROM state_machine_versions WHERE arn = ? AND deleted = 0",
        Versions::version,
        versionArn);
  }

  static int highest(Connection c, String stateMachineArn) throws SQLException {
    return first(
            c,
            "SELECT MAX(version) AS highest FROM state_machine_versions"
                + " WHERE state_machine_arn = ?",
            rs -> rs.getInt("highest"),
            stateMachineArn)
        .orElse(0);
  }

  static List<StateMachineVersionRecord> versions(Connection c, String stateMachineArn)
      throws SQLException {
    return list(
        c,
        "SELECT "
            + VERSION
            + " FROM state_machine_versions WHERE state_machine_arn = ? AND deleted = 0"
            + " ORDER BY version DESC",
        Versions::version,
        stateMachineArn);
  }

  static boolean delete(Connection c, String versionArn) throws SQLException {
    return update(
            c,
            "UPDATE state_machine_versions SET deleted = 1 WHERE arn = ? AND deleted = 0",
            versionArn)
        > 0;
  }

  static boolean createAlias(Connection c, StateMachineAliasRecord a) throws SQLException {
    return update(
            c,
            "INSERT INTO state_machine_aliases ("
                + ALIAS
                + ") VALUES (?,?,?,?,?,?,?) ON CONFLICT (arn) DO NOTHING",
            a.arn(),
            a.stateMachineArn(),
            a.name(),
            a.description(),
            routing(a.routing()),
            time(a.createdAt()),
            time(a.updatedAt()))
        > 0;
  }

  static Optional<StateMachineAliasRecord> alias(Connection c, String aliasArn)
      throws SQLException {
    return first(
        c,
        "SELECT " + ALIAS + " FROM state_machine_aliases WHERE arn = ?",
        Versions::alias,
        aliasArn);
  }

  static List<StateMachineAliasRecord> aliases(Connection c, String stateMachineArn)
      throws SQLException {
    return list(
        c,
        "SELECT "
            + ALIAS
            + " FROM state_machine_aliases WHERE state_machine_arn = ?"
            + " ORDER BY name, arn",
        Versions::alias,
        stateMachineArn);
  }

  static boolean updateAlias(Connection c, StateMachineAliasRecord a) throws SQLException {
    return update(
            c,
            "UPDATE state_machine_aliases SET description = ?, routing = ?, updated_at = ?"
                + " WHERE arn = ?",
            a.description(),
            routing(a.routing()),
            time(a.updatedAt()),
            a.arn())
        > 0;
  }

  static StateMachineVersionRecord version(ResultSet rs) throws SQLException {
    return new StateMachineVersionRecord(
        rs.getString("arn"),
        rs.getString("state_machine_arn"),
        rs.getInt("version"),
        rs.getInt("revision"),
        rs.getString("description"),
        Columns.getInstant(rs, "created_at"));
  }

  static StateMachineAliasRecord alias(ResultSet rs) throws SQLException {
    return new StateMachineAliasRecord(
        rs.getString("arn"),
        rs.getString("state_machine_arn"),
        rs.getString("name"),
        rs.getString("description"),
        routing(rs.getString("routing")),
        Columns.getInstant(rs, "created_at"),
        Columns.getInstant(rs, "updated_at"));
  }

  private static String routing(List<AliasRoute> routes) {
    List<Object> out = new ArrayList<>();
    for (AliasRoute r : routes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("versionArn", r.versionArn());
      m.put("weight", r.weight());
      out.add(m);
    }
    return Json.write(out);
  }

  private static List<AliasRoute> routing(String json) {
    List<AliasRoute> out = new ArrayList<>();
    for (Object o : (List<?>) Json.parse(json)) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(new AliasRoute((String) m.get("versionArn"), ((Number) m.get("weight")).intValue()));
    }
    return out;
  }
}
