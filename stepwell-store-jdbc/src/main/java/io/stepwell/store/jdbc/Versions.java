package io.stepwell.store.jdbc;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of state machine versions and aliases. An alias's routing is one JSON column: it is read and
 * written whole, never queried by its parts.
 */
final class Versions {
  static final String VERSION =
      "arn, state_machine_arn, version, revision, description, created_at";
  static final String ALIAS =
      "arn, state_machine_arn, name, description, routing, created_at, updated_at";

  private Versions() {}

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

  static String routing(List<AliasRoute> routes) {
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
