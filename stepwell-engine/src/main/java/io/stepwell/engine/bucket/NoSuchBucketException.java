package io.stepwell.engine.bucket;

/** S3's {@code NoSuchBucket} (404): "The specified bucket does not exist." */
public final class NoSuchBucketException extends BucketStoreException {
  private static final long serialVersionUID = 1L;

  private final String bucket;

  public NoSuchBucketException(String bucket) {
    super("NoSuchBucket", 404, "The specified bucket does not exist.");
    this.bucket = bucket;
  }

  public String bucket() {
    return bucket;
  }
}
