package io.stepwell.engine.bucket;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Bucket name and key rules shared by the stores. */
final class Keys {
  /** S3 lists keys in the order of their UTF-8 bytes, which is code point order. */
  static final Comparator<String> S3_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private Keys() {}

  static void checkBucket(String bucket) {
    if (bucket == null
        || bucket.isEmpty()
        || bucket.equals(".")
        || bucket.equals("..")
        || bucket.contains("/")
        || bucket.contains("\\")
        || bucket.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not a bucket name: " + bucket);
    }
  }

  static void checkKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("an object key cannot be empty");
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > 1024) {
      throw new IllegalArgumentException("an object key is at most 1024 bytes of UTF-8");
    }
  }
}
