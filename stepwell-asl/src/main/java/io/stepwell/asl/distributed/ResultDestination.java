package io.stepwell.asl.distributed;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import java.util.Map;

/**
 * Where a Map Run exports its results: a bucket and a key prefix.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix as given, {@code ""} when absent
 */
public record ResultDestination(String bucket, String prefix) {
  /**
   * The destination named by the resolved {@code Parameters} (or evaluated {@code Arguments}) of a
   * {@code ResultWriter}: {@code Bucket} and an optional {@code Prefix}.
   *
   * @throws StatesFailure {@code States.ResultWriterFailed} when they name no bucket (cause not
   *     recorded on AWS)
   */
  public static ResultDestination of(Object resolvedParameters) {
    if (!(resolvedParameters instanceof Map<?, ?> parameters)
        || !(parameters.get("Bucket") instanceof String bucket)
        || bucket.isEmpty()) {
      throw new StatesFailure(
          StatesError.RESULT_WRITER_FAILED, "The ResultWriter parameters must name a Bucket.");
    }
    Object prefix = parameters.get("Prefix");
    if (prefix != null && !(prefix instanceof String)) {
      throw new StatesFailure(
          StatesError.RESULT_WRITER_FAILED, "The ResultWriter Prefix must be a string.");
    }
    return new ResultDestination(bucket, prefix == null ? "" : (String) prefix);
  }

  /**
   * The key of a file of a Map Run: {@code <prefix>/<mapRunId>/<file>}, with no slash added after a
   * prefix that ends with one and none before the id when the prefix is empty.
   */
  public String keyOf(String mapRunId, String file) {
    String folder = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    return folder + mapRunId + "/" + file;
  }
}
