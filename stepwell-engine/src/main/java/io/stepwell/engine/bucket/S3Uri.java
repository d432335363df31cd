package io.stepwell.engine.bucket;

/**
 * An {@code s3://bucket/key} URI.
 *
 * @param bucket the bucket, never empty
 * @param key the key, {@code ""} when the URI names only the bucket
 */
public record S3Uri(String bucket, String key) {
  private static final String SCHEME = "s3://";

  /**
   * Parses {@code s3://bucket}, {@code s3://bucket/} or {@code s3://bucket/key}.
   *
   * @throws IllegalArgumentException when the text is not such a URI
   */
  public static S3Uri parse(String uri) {
    if (uri == null || !uri.startsWith(SCHEME)) {
      throw new IllegalArgumentException("not an s3:// URI: " + uri);
    }
    String rest = uri.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("an s3:// URI needs a bucket: " + uri);
    }
    return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
  }

  @Override
  public String toString() {
    return SCHEME + bucket + "/" + key;
  }
}
