package io.stepwell.asl.distributed;

import java.util.Map;
import java.util.Set;

/**
 * A Map state's {@code ItemBatcher}: how selected items are grouped into child inputs.
 *
 * @param maxItemsPerBatch {@code MaxItemsPerBatch} as written: a positive integer, a JSONata string
 *     for the interpreter to evaluate, or {@code null}
 * @param maxItemsPerBatchPath {@code MaxItemsPerBatchPath} (a reference path), or {@code null}
 * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch} as written: an integer in 1..262144, a
 *     JSONata string, or {@code null}
 * @param maxInputBytesPerBatchPath {@code MaxInputBytesPerBatchPath}, or {@code null}
 * @param batchInput {@code BatchInput} as written (a payload template with unresolved {@code .$}
 *     fields, or a JSONata object or string), or {@code null} when absent
 */
public record ItemBatcherSpec(
    Object maxItemsPerBatch,
    String maxItemsPerBatchPath,
    Object maxInputBytesPerBatch,
    String maxInputBytesPerBatchPath,
    Object batchInput) {
  private static final String WHAT = "ItemBatcher";
  private static final Set<String> FIELDS =
      Set.of(
          "MaxItemsPerBatch",
          "MaxItemsPerBatchPath",
          "MaxInputBytesPerBatch",
          "MaxInputBytesPerBatchPath",
          "BatchInput");

  /**
   * Parses the {@code ItemBatcher} object of a Map state.
   *
   * @throws IllegalArgumentException when it is not of the shape the States Language allows (at
   *     least one limit, not a limit and its path together)
   */
  public static ItemBatcherSpec parse(Map<String, Object> itemBatcher) {
    Map<String, Object> batcher = Fields.object(itemBatcher, WHAT);
    Fields.onlyKnown(batcher, WHAT, FIELDS);
    Fields.notBoth(batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath", WHAT);
    Fields.notBoth(batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", WHAT);
    if (!batcher.containsKey("MaxItemsPerBatch")
        && !batcher.containsKey("MaxItemsPerBatchPath")
        && !batcher.containsKey("MaxInputBytesPerBatch")
        && !batcher.containsKey("MaxInputBytesPerBatchPath")) {
      throw new IllegalArgumentException(
          WHAT
              + " must have one of MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch,"
              + " MaxInputBytesPerBatchPath");
    }
    Object batchInput = batcher.get("BatchInput");
    if (batchInput != null && !Fields.isJsonata(batchInput)) {
      Fields.object(batchInput, WHAT + ".BatchInput");
    }
    return new ItemBatcherSpec(
        Fields.count(batcher, "MaxItemsPerBatch", WHAT, 1, Integer.MAX_VALUE),
        Fields.string(batcher, "MaxItemsPerBatchPath", WHAT),
        Fields.count(batcher, "MaxInputBytesPerBatch", WHAT, 1, ItemBatcher.MAX_BATCH_BYTES),
        Fields.string(batcher, "MaxInputBytesPerBatchPath", WHAT),
        batchInput);
  }
}
