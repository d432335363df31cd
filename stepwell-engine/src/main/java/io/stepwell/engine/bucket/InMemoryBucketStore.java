package io.stepwell.engine.bucket;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Buckets held in memory, for tests; safe to use from several threads. */
public final class InMemoryBucketStore implements BucketStore {
  /** An object's bytes (never handed out, only copies) and its listing entry. */
  private static final class Stored {
    private final byte[] content;
    private final ObjectInfo info;

    Stored(byte[] content, ObjectInfo info) {
      this.content = content;
      this.info = info;
    }

    byte[] content() {
      return content;
    }

    ObjectInfo info() {
      return info;
    }
  }

  private final Map<String, NavigableMap<String, Stored>> buckets = new ConcurrentHashMap<>();
  private final Clock clock;

  /** A store whose objects are stamped by the system clock. */
  public InMemoryBucketStore() {
    this(Clock.systemUTC());
  }

  /** A store whose objects are stamped by {@code clock}. */
  public InMemoryBucketStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void createBucket(String bucket) {
    Keys.checkBucket(bucket);
    buckets.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>(Keys.S3_ORDER));
  }

  @Override
  public byte[] get(String bucket, String key) {
    Stored stored = bucket(bucket).get(key);
    if (stored == null) {
      throw new NoSuchKeyException(bucket, key);
    }
    return stored.content().clone();
  }

  @Override
  public void put(String bucket, String key, byte[] content) {
    Keys.checkKey(key);
    byte[] copy = content.clone();
    bucket(bucket).put(key, new Stored(copy, ObjectInfo.of(key, copy, clock.instant())));
  }

  @Override
  public List<ObjectInfo> list(String bucket, String prefix) {
    List<ObjectInfo> listed = new ArrayList<>();
    for (Map.Entry<String, Stored> e : bucket(bucket).tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        break;
      }
      listed.add(e.getValue().info());
    }
    return listed;
  }

  private NavigableMap<String, Stored> bucket(String bucket) {
    NavigableMap<String, Stored> objects = buckets.get(bucket);
    if (objects == null) {
      throw new NoSuchBucketException(bucket);
    }
    return objects;
  }
}
