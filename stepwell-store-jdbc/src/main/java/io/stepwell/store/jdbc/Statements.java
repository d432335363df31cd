package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** One prepared statement, bound, run and closed. */
final class Statements {
  private Statements() {}

  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      return ps.executeUpdate();
    }
  }

  static <T> List<T> list(Connection c, String sql, Rows.Mapper<T> mapper, Object... values)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      return Rows.list(ps, mapper);
    }
  }

  static <T> Optional<T> first(Connection c, String sql, Rows.Mapper<T> mapper, Object... values)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      return Rows.first(ps, mapper);
    }
  }
}
