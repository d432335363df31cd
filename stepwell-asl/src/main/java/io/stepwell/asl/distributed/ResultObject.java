package io.stepwell.asl.distributed;

import java.nio.charset.StandardCharsets;

/**
 * An object a Map Run writes to S3.
 *
 * @param bucket the bucket
 * @param key the key
 * @param content the content, UTF-8 text
 */
public record ResultObject(String bucket, String key, String content) {
  /** The content as UTF-8 bytes. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
