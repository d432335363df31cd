package io.stepwell.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.stepwell.engine.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite in one file under a data folder, in WAL mode: readers never wait for the writer, and the
 * writer is one connection, so the process's steps queue in the pool instead of spinning on
 * SQLite's lock. Write transactions are {@code BEGIN IMMEDIATE}: they take the write lock first, so
 * a read inside one never has to be upgraded (which could fail with {@code SQLITE_BUSY}); another
 * process on the same file waits up to the busy timeout.
 *
 * <p>Transactions are plain {@code BEGIN}/{@code COMMIT} statements on an auto-commit connection:
 * the driver's own {@code setAutoCommit(false)} begins the next transaction as soon as one commits,
 * which would hold the write lock between steps.
 */
final class SqliteDialect implements Dialect {
  /** The database file's name in the data folder. */
  static final String FILE_NAME = "stepwell.db";

  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int READERS = 4;

  private final Path file;
  private final SqliteSync sync;

  SqliteDialect(Path dataDir, SqliteSync sync) {
    this.file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    this.sync = sync;
  }

  @Override
  public String migrations() {
    return "sqlite";
  }

  @Override
  public Pools open() {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + file.getParent(), e);
    }
    // The writer opens (and so creates, and switches to WAL) the file before any reader.
    HikariDataSource writer = pool("stepwell-sqlite-writer", 1);
    try {
      return new Pools(writer, pool("stepwell-sqlite-reader", READERS), source());
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  private HikariDataSource pool(String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setDataSource(source());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  private SQLiteDataSource source() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(
        sync == SqliteSync.FULL
            ? SQLiteConfig.SynchronousMode.FULL
            : SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  @Override
  public void begin(Connection c) throws SQLException {
    execute(c, "BEGIN IMMEDIATE");
  }

  @Override
  public void commit(Connection c) throws SQLException {
    execute(c, "COMMIT");
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    execute(c, "ROLLBACK");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public String lockRowsToClaim() {
    return ""; // BEGIN IMMEDIATE already holds the database's only write lock
  }

  @Override
  public String toString() {
    return "SQLite " + file;
  }
}
