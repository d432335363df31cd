package io.stepwell.store.jdbc;

import io.stepwell.engine.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteEngineTest extends EngineOnJdbcTest {
  @TempDir Path dataDir;

  @Override
  protected Store openStore() {
    return JdbcStore.sqlite(dataDir);
  }
}
