package io.stepwell.engine.bucket;

import io.stepwell.asl.distributed.ListedObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An object as a listing reports it.
 *
 * @param key the key
 * @param size the size in bytes
 * @param lastModified when it was last written
 * @param etag S3's entity tag of a single-part upload: the MD5 of the content in hex, in quotes
 * @param storageClass {@code STANDARD} here
 */
public record ObjectInfo(
    String key, long size, Instant lastModified, String etag, String storageClass) {
  /** The storage class of every object here. */
  public static final String STANDARD = "STANDARD";

  /** The entry of an object of this content. */
  public static ObjectInfo of(String key, byte[] content, Instant lastModified) {
    return new ObjectInfo(key, content.length, lastModified, etagOf(content), STANDARD);
  }

  /** The entity tag S3 gives a single-part upload of this content. */
  public static String etagOf(byte[] content) {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(content);
      return "\"" + HexFormat.of().formatHex(md5) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is a required JDK algorithm", e);
    }
  }

  /** This entry as the ItemReader parser takes it. */
  public ListedObject listed() {
    return new ListedObject(key, size, lastModified, etag, storageClass);
  }
}
