package io.stepwell.engine.bucket;

import java.util.List;

/**
 * Buckets of objects, as much of S3 as a Distributed Map needs: read an object, write one, list a
 * bucket. Errors carry S3's codes ({@link NoSuchBucketException}, {@link NoSuchKeyException}).
 */
public interface BucketStore {
  /**
   * The content of an object.
   *
   * @throws NoSuchBucketException when the bucket does not exist
   * @throws NoSuchKeyException when the bucket has no object of that key
   */
  byte[] get(String bucket, String key);

  /**
   * Writes an object, replacing one of the same key.
   *
   * @throws NoSuchBucketException when the bucket does not exist
   * @throws IllegalArgumentException when the store cannot hold that key
   */
  void put(String bucket, String key, byte[] content);

  /**
   * The objects whose keys start with {@code prefix} ({@code ""} for all), in S3's order: by key,
   * compared as UTF-8 bytes.
   *
   * @throws NoSuchBucketException when the bucket does not exist
   */
  List<ObjectInfo> list(String bucket, String prefix);

  /** Creates a bucket; nothing happens when it exists. */
  void createBucket(String bucket);
}
