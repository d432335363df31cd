package io.stepwell.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL server for tests: the one env {@code STEPWELL_TEST_PG_URL} names (a JDBC URL with
 * user and password), else an embedded one (zonky) that lives until {@link #close}. Hands out fresh
 * schemas, dropped again at the end.
 */
final class TestPostgres implements AutoCloseable {
  static final String URL_VARIABLE = "STEPWELL_TEST_PG_URL";

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String prefix;
  private final List<String> schemas = new ArrayList<>();

  private TestPostgres(EmbeddedPostgres embedded, String url) {
    this.embedded = embedded;
    this.url = url;
    // runs sharing an external server keep to their own schemas
    this.prefix = "stepwell_test_" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
  }

  static TestPostgres start() throws IOException {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return new TestPostgres(null, url);
    }
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            // a test server need not survive a crash
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
    return new TestPostgres(pg, pg.getJdbcUrl("postgres", "postgres"));
  }

  /** A JDBC URL whose current schema is a new, empty one. */
  String freshSchema() {
    String schema = prefix + "_" + schemas.size();
    execute("CREATE SCHEMA " + schema);
    schemas.add(schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url);
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
    for (String schema : schemas) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
