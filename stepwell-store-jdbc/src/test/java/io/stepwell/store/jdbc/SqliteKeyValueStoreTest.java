package io.stepwell.store.jdbc;

import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.engine.store.KeyValueStoreContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteKeyValueStoreTest extends KeyValueStoreContractTest {
  @TempDir Path dir;
  private JdbcStore store;

  @Override
  protected KeyValueStore newKeyValueStore() {
    store = JdbcStore.sqlite(dir);
    return store.keyValues();
  }

  @Override
  protected void closeKeyValueStore() {
    store.close();
  }
}
