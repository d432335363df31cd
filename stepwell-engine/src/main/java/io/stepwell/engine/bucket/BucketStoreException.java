package io.stepwell.engine.bucket;

/** An S3 error: its code, e.g. {@code NoSuchKey}, HTTP status and message as S3 words them. */
public abstract class BucketStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final int statusCode;

  BucketStoreException(String errorCode, int statusCode, String message) {
    super(message);
    this.errorCode = errorCode;
    this.statusCode = statusCode;
  }

  /** S3's error code, e.g. {@code NoSuchBucket}. */
  public String errorCode() {
    return errorCode;
  }

  /** The HTTP status S3 answers with. */
  public int statusCode() {
    return statusCode;
  }
}
