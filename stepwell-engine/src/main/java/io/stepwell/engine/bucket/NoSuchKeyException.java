package io.stepwell.engine.bucket;

/** S3's {@code NoSuchKey} (404): "The specified key does not exist." */
public final class NoSuchKeyException extends BucketStoreException {
  private static final long serialVersionUID = 1L;

  private final String bucket;
  private final String key;

  public NoSuchKeyException(String bucket, String key) {
    super("NoSuchKey", 404, "The specified key does not exist.");
    this.bucket = bucket;
    this.key = key;
  }

  public String bucket() {
    return bucket;
  }

  public String key() {
    return key;
  }
}
