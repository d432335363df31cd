package io.stepwell.store.jdbc;

import io.stepwell.engine.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A dialect's pools, migrated to the current schema, and the two ways the store talks to them: a
 * read is one statement on a reader connection; a write is one transaction on a writer connection,
 * committed when the work returns and rolled back when it throws.
 */
final class Database implements AutoCloseable {
  private final Dialect dialect;
  private final Dialect.Pools pools;

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Database(Dialect dialect, Dialect.Pools pools) {
    this.dialect = dialect;
    this.pools = pools;
  }

  /** Opens the dialect's pools and brings the schema up to date (Flyway). */
  static Database open(Dialect dialect) {
    Dialect.Pools pools;
    try {
      pools = dialect.open();
    } catch (RuntimeException e) {
      throw e instanceof StoreException se ? se : new StoreException("cannot open " + dialect, e);
    }
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(pools.migrations())
          .locations("classpath:db/" + dialect.migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      pools.close();
      throw new StoreException("cannot migrate the schema of " + dialect, e);
    }
    return new Database(dialect, pools);
  }

  Dialect dialect() {
    return dialect;
  }

  <T> T read(String what, Work<T> work) {
    try (Connection c = pools.reader().getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  <T> T write(String what, Work<T> work) {
    try (Connection c = pools.writer().getConnection()) {
      dialect.begin(c);
      try {
        T result = work.run(c);
        dialect.commit(c);
        return result;
      } catch (SQLException | RuntimeException e) {
        abandon(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** Rolls back; a connection that cannot roll back leaves the pool rather than serve again. */
  private void abandon(Connection c, Exception cause) {
    try {
      dialect.rollback(c);
    } catch (SQLException e) {
      cause.addSuppressed(e);
      pools.writer().evictConnection(c);
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    pools.close();
  }
}
