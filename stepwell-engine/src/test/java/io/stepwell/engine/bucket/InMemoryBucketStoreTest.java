package io.stepwell.engine.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryBucketStoreTest extends BucketStoreContract {
  @Override
  BucketStore store() {
    return new InMemoryBucketStore();
  }

  @Test
  void objectsAreStampedByTheGivenClock() {
    Instant now = Instant.parse("2024-05-01T12:00:00Z");
    InMemoryBucketStore store = new InMemoryBucketStore(Clock.fixed(now, ZoneOffset.UTC));
    store.createBucket("b");

    store.put("b", "k", utf8("x"));

    assertThat(store.list("b", "").getFirst().lastModified()).isEqualTo(now);
  }
}
