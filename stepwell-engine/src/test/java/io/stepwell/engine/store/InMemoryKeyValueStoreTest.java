package io.stepwell.engine.store;

class InMemoryKeyValueStoreTest extends KeyValueStoreContractTest {
  @Override
  protected KeyValueStore newKeyValueStore() {
    return new InMemoryKeyValueStore();
  }
}
