package io.stepwell.store.jdbc;

import io.stepwell.engine.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on PostgreSQL: the server {@code STEPWELL_TEST_PG_URL} names, or an embedded one
 * started for this class. Each test gets a schema of its own.
 */
class PostgresStoreTest extends JdbcStoreContractTest {
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

  @Override
  protected Store newStore() {
    schemaUrl = postgres.freshSchema();
    return JdbcStore.postgres(schemaUrl, null, null, 4);
  }

  @Override
  protected Store newNode() {
    return JdbcStore.postgres(schemaUrl, null, null, 4);
  }
}
