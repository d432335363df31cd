package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.list;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.engine.store.ParentLink;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The links of nested executions: which parent task waits for which child. Taking one is a read and
 * a delete in one transaction; only the caller whose delete removed the row gets it.
 */
final class ParentLinks {
  static final String COLUMNS = "child_arn, parent_arn, task_id, resource";

  private ParentLinks() {}

  static void put(Connection c, ParentLink link) throws SQLException {
    update(
        c,
        "INSERT INTO parent_links ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?) ON CONFLICT (child_arn) DO UPDATE SET"
            + " parent_arn = excluded.parent_arn, task_id = excluded.task_id,"
            + " resource = excluded.resource",
        link.childArn(),
        link.parentArn(),
        link.taskId(),
        link.resource());
  }

  static Optional<ParentLink> take(Connection c, String childArn) throws SQLException {
    Optional<ParentLink> link =
        first(
            c,
            "SELECT " + COLUMNS + " FROM parent_links WHERE child_arn = ?",
            ParentLinks::link,
            childArn);
    if (link.isEmpty()
        || update(
                c,
                "DELETE FROM parent_links WHERE child_arn = ? AND parent_arn = ? AND task_id = ?",
                childArn,
                link.get().parentArn(),
                link.get().taskId())
            == 0) {
      return Optional.empty();
    }
    return link;
  }

  static List<ParentLink> ofEndedChildren(Connection c, int max) throws SQLException {
    return list(
        c,
        "SELECT l.child_arn, l.parent_arn, l.task_id, l.resource FROM parent_links l"
            + " JOIN executions e ON e.arn = l.child_arn WHERE e.status <> ?"
            + " ORDER BY l.child_arn LIMIT ?",
        ParentLinks::link,
        Steps.RUNNING,
        max);
  }

  private static ParentLink link(ResultSet rs) throws SQLException {
    return new ParentLink(
        rs.getString("child_arn"),
        rs.getString("parent_arn"),
        rs.getLong("task_id"),
        rs.getString("resource"));
  }
}
