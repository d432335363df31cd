package io.stepwell.services.s3;

import io.stepwell.engine.bucket.BucketStore;
import io.stepwell.engine.bucket.ObjectInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ListObjectsV2 over a bucket store: keys after {@code start-after} or the continuation token,
 * grouped by the delimiter into common prefixes, at most {@code max-keys} entries. The continuation
 * token is the last key returned, base64-encoded.
 */
final class S3Listing {
  private S3Listing() {}

  static S3Xml.ListPage page(
      BucketStore store,
      String bucket,
      String prefix,
      String delimiter,
      String startAfter,
      String token,
      int maxKeys) {
    String after = token != null ? decodeToken(token) : startAfter;
    List<ObjectInfo> objects = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    String last = null;
    boolean truncated = false;
    for (ObjectInfo o : store.list(bucket, prefix)) {
      if (after != null && compare(o.key(), after) <= 0) {
        continue;
      }
      String common = commonPrefix(o.key(), prefix, delimiter);
      if (common != null
          && !prefixes.isEmpty()
          && prefixes.get(prefixes.size() - 1).equals(common)) {
        continue; // folded into the prefix already listed
      }
      if (common != null && common.equals(after)) {
        continue; // the prefix was listed on an earlier page
      }
      if (objects.size() + prefixes.size() >= maxKeys) {
        truncated = true;
        break;
      }
      if (common != null) {
        prefixes.add(common);
        last = common;
      } else {
        objects.add(o);
        last = o.key();
      }
    }
    String next = truncated && last != null ? encodeToken(last) : null;
    return new S3Xml.ListPage(
        bucket, prefix, delimiter, startAfter, token, maxKeys, objects, prefixes, next);
  }

  private static String commonPrefix(String key, String prefix, String delimiter) {
    if (delimiter == null || delimiter.isEmpty()) {
      return null;
    }
    int at = key.indexOf(delimiter, prefix.length());
    return at < 0 ? null : key.substring(0, at + delimiter.length());
  }

  /** S3's order: UTF-8 bytes. */
  private static int compare(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String encodeToken(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  static String decodeToken(String token) {
    return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
  }
}
