package io.stepwell.store.jdbc;

import io.stepwell.engine.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Binding and reading the column types both dialects share. Instants are stored as microseconds
 * since the epoch (PostgreSQL's own precision, and finer than AWS's milliseconds): integers sort
 * and compare the same way in every database, with no time zone to get wrong. A nanosecond part
 * below a microsecond is dropped.
 */
final class Columns {
  private static final long MICROS_PER_SECOND = 1_000_000L;

  private Columns() {}

  static long micros(Instant t) {
    try {
      return Math.addExact(
          Math.multiplyExact(t.getEpochSecond(), MICROS_PER_SECOND), t.getNano() / 1_000);
    } catch (ArithmeticException e) {
      throw new StoreException("instant out of the store's range: " + t, e);
    }
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1_000);
  }

  static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, micros(t));
    }
  }

  static Instant getInstant(ResultSet rs, String column) throws SQLException {
    long micros = rs.getLong(column);
    return rs.wasNull() ? null : instant(micros);
  }

  /**
   * An instant that may be null, for {@link #bind}: a bare {@code null} binds as text, which
   * PostgreSQL refuses for a BIGINT column.
   */
  static Object time(Instant t) {
    return t == null ? NullTime.INSTANCE : t;
  }

  private enum NullTime {
    INSTANCE
  }

  /** Binds values in order: Strings, Integers, Longs, Instants, {@link #time}s, null texts. */
  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      int index = i + 1;
      switch (values[i]) {
        case null -> ps.setNull(index, Types.VARCHAR);
        case NullTime n -> ps.setNull(index, Types.BIGINT);
        case String s -> ps.setString(index, s);
        case Integer n -> ps.setInt(index, n);
        case Long n -> ps.setLong(index, n);
        case Instant t -> setInstant(ps, index, t);
        default ->
            throw new IllegalArgumentException("cannot bind a " + values[i].getClass().getName());
      }
    }
  }
}
