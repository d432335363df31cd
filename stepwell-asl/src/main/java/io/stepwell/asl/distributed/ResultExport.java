package io.stepwell.asl.distributed;

import java.util.List;
import java.util.Map;

/**
 * What a Map Run with an S3 {@code ResultWriter} produces.
 *
 * @param objects the objects to write, in order: the result files, then {@code manifest.json}
 * @param stateResult the Map state's result, {@code {"MapRunArn": ..., "ResultWriterDetails":
 *     {"Bucket": ..., "Key": <manifest key>}}}
 */
public record ResultExport(List<ResultObject> objects, Map<String, Object> stateResult) {
  public ResultExport {
    objects = List.copyOf(objects);
  }

  /** The manifest, the last object. */
  public ResultObject manifest() {
    return objects.getLast();
  }
}
