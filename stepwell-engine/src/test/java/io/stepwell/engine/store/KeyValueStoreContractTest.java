package io.stepwell.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link KeyValueStore} must do; implementations subclass it with an empty one. */
public abstract class KeyValueStoreContractTest {
  protected KeyValueStore kv;

  /** A new, empty store. */
  protected abstract KeyValueStore newKeyValueStore();

  /** Releases what {@link #newKeyValueStore} opened. */
  protected void closeKeyValueStore() {}

  @BeforeEach
  void open() {
    kv = newKeyValueStore();
  }

  @AfterEach
  void close() {
    closeKeyValueStore();
  }

  @Test
  void putThenGetGivesTheValueAtVersionOne() {
    assertThat(kv.put("t", "a", "{\"x\":1}", KeyValueStore.ABSENT)).isEqualTo(1);
    assertThat(kv.get("t", "a")).contains(new KeyValueEntry("a", "{\"x\":1}", 1));
    assertThat(kv.get("other", "a")).isEmpty();
  }

  @Test
  void putWithAStaleVersionWritesNothing() {
    kv.put("t", "a", "v1", KeyValueStore.ABSENT);
    kv.put("t", "a", "v2", 1);

    assertThat(kv.put("t", "a", "v3", 1)).isEqualTo(-1);
    assertThat(kv.put("t", "a", "v3", KeyValueStore.ABSENT)).isEqualTo(-1);
    assertThat(kv.get("t", "a").orElseThrow().value()).isEqualTo("v2");
    assertThat(kv.put("t", "a", "v4", KeyValueStore.ANY)).isEqualTo(3);
  }

  @Test
  void deleteHonoursTheVersion() {
    kv.put("t", "a", "v1", KeyValueStore.ABSENT);

    assertThat(kv.delete("t", "a", 7)).isFalse();
    assertThat(kv.delete("t", "a", 1)).isTrue();
    assertThat(kv.delete("t", "a", KeyValueStore.ANY)).isFalse();
    assertThat(kv.get("t", "a")).isEmpty();
    assertThat(kv.put("t", "a", "again", KeyValueStore.ABSENT)).isEqualTo(1);
  }

  @Test
  void scanReturnsThePrefixInKeyOrderAndPages() {
    for (String k : List.of("b#2", "a#1", "b#1", "b#3", "c#1", "b")) {
      kv.put("t", k, k, KeyValueStore.ABSENT);
    }

    assertThat(kv.scan("t", "b#", null, 10))
        .extracting(KeyValueEntry::key)
        .containsExactly("b#1", "b#2", "b#3");
    assertThat(kv.scan("t", "b#", "b#1", 1)).extracting(KeyValueEntry::key).containsExactly("b#2");
    assertThat(kv.scan("t", "", null, 100))
        .extracting(KeyValueEntry::key)
        .containsExactly("a#1", "b", "b#1", "b#2", "b#3", "c#1");
  }

  @Test
  void scanTreatsLikeWildcardsAsPlainCharacters() {
    kv.put("t", "a%b", "1", KeyValueStore.ABSENT);
    kv.put("t", "axb", "2", KeyValueStore.ABSENT);
    kv.put("t", "a_c", "3", KeyValueStore.ABSENT);
    kv.put("t", "azc", "4", KeyValueStore.ABSENT);

    assertThat(kv.scan("t", "a%", null, 10)).extracting(KeyValueEntry::key).containsExactly("a%b");
    assertThat(kv.scan("t", "a_", null, 10)).extracting(KeyValueEntry::key).containsExactly("a_c");
  }

  @Test
  void deleteSpaceRemovesOnlyThatSpace() {
    kv.put("t", "a", "1", KeyValueStore.ABSENT);
    kv.put("t", "b", "2", KeyValueStore.ABSENT);
    kv.put("u", "a", "3", KeyValueStore.ABSENT);

    assertThat(kv.deleteSpace("t")).isEqualTo(2);
    assertThat(kv.scan("t", "", null, 10)).isEmpty();
    assertThat(kv.get("u", "a")).isPresent();
  }

  @Test
  void concurrentCompareAndSetIncrementsLoseNoUpdate() throws Exception {
    kv.put("t", "counter", "0", KeyValueStore.ABSENT);
    AtomicInteger conflicts = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> all = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        all.add(
            pool.submit(() -> {
              for (int i = 0; i < 25; i++) {
                while (true) {
                  KeyValueEntry e = kv.get("t", "counter").orElseThrow();
                  long n = Long.parseLong(e.value()) + 1;
                  if (kv.put("t", "counter", Long.toString(n), e.version()) > 0) {
                    break;
                  }
                  conflicts.incrementAndGet();
                }
              }
            }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    }
    assertThat(kv.get("t", "counter").orElseThrow().value()).isEqualTo("100");
  }
}
