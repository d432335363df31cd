package io.stepwell.store.jdbc;

import io.stepwell.engine.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** {@link EngineOnJdbcTest} on PostgreSQL, a fresh schema per test, two nodes sharing it. */
class PostgresEngineTest extends EngineOnJdbcTest {
  private static TestPostgres postgres;
  private String schemaUrl;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshSchema() {
    schemaUrl = postgres.freshSchema();
  }

  @Override
  protected Store openStore() {
    return JdbcStore.postgres(schemaUrl, null, null, 4);
  }
}
