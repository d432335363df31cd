package io.stepwell.store.jdbc;

import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.engine.store.KeyValueStoreContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresKeyValueStoreTest extends KeyValueStoreContractTest {
  private static TestPostgres postgres;
  private JdbcStore store;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Override
  protected KeyValueStore newKeyValueStore() {
    store = JdbcStore.postgres(postgres.freshSchema(), null, null, 4);
    return store.keyValues();
  }

  @Override
  protected void closeKeyValueStore() {
    store.close();
  }
}
