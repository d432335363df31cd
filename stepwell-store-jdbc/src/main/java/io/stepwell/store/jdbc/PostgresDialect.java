package io.stepwell.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL shared by several nodes, through a HikariCP pool. Nothing is locked across steps:
 * {@code appendStep} is guarded by the execution's {@code journal_size} (an {@code UPDATE ... WHERE
 * journal_size = ?} that matches no row when another node came first), and due timers are claimed
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so two nodes claiming at once take different
 * rows. Transactions run at PostgreSQL's default READ COMMITTED: both guards re-check their row
 * after waiting for a concurrent writer.
 */
final class PostgresDialect implements Dialect {
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final int maxConnections;

  PostgresDialect(String jdbcUrl, String user, String password, int maxConnections) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
    }
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.maxConnections = maxConnections;
  }

  @Override
  public String migrations() {
    return "postgresql";
  }

  @Override
  public Pools open() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("stepwell-postgres");
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(maxConnections);
    config.setMinimumIdle(Math.min(2, maxConnections));
    HikariDataSource pool = new HikariDataSource(config);
    return new Pools(pool, pool, pool);
  }

  @Override
  public void begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
  }

  @Override
  public void commit(Connection c) throws SQLException {
    c.commit();
    c.setAutoCommit(true);
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    c.rollback();
    c.setAutoCommit(true);
  }

  @Override
  public String lockRowsToClaim() {
    return " FOR UPDATE SKIP LOCKED";
  }

  @Override
  public String toString() {
    // the URL without its query, which may carry a password
    int query = jdbcUrl.indexOf('?');
    return "PostgreSQL " + (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query));
  }
}
