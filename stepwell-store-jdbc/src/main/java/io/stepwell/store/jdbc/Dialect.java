package io.stepwell.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What differs between the databases {@link JdbcStore} runs on. The SQL of the store itself is
 * shared: both speak {@code INSERT ... ON CONFLICT}, row values and {@code LIMIT ?}.
 */
sealed interface Dialect permits SqliteDialect, PostgresDialect {

  /** The folder under {@code db/} on the class path holding this database's migrations. */
  String migrations();

  /** Opens the connection pools. */
  Pools open();

  /** Starts a write transaction on a connection fresh from the writer pool. */
  void begin(Connection c) throws SQLException;

  void commit(Connection c) throws SQLException;

  void rollback(Connection c) throws SQLException;

  /**
   * Appended to a query that picks rows to claim (due timers, activity tasks): what keeps two
   * claimers from taking the same rows.
   */
  String lockRowsToClaim();

  /**
   * The pools of one store.
   *
   * @param writer connections for write transactions
   * @param reader connections for single-statement reads (may be the writer pool)
   * @param migrations where Flyway connects (it may want more than one connection at once)
   */
  record Pools(HikariDataSource writer, HikariDataSource reader, DataSource migrations) {
    @SuppressWarnings("ReferenceEquality") // one pool serving both must be closed once
    void close() {
      if (reader != writer) {
        reader.close();
      }
      writer.close();
    }
  }
}
