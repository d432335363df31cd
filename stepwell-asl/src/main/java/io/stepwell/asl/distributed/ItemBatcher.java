package io.stepwell.asl.distributed;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups selected items into the inputs of child executions, {@code {"BatchInput": ..., "Items":
 * [...]}}, as AWS shapes them: {@code BatchInput} only when the batcher has one (recorded: a batch
 * without it is {@code {"Items": [...]}}), {@code BatchInput} before {@code Items}.
 *
 * <p>A batch closes when it holds {@code MaxItemsPerBatch} items, or when the next item would make
 * the child input larger than {@code MaxInputBytesPerBatch} bytes, or than 256 KiB, AWS's payload
 * limit, even without a byte limit. The size counted is that of the whole child input as compact
 * UTF-8 JSON, {@code BatchInput} and the envelope included (AWS documents the limit, not how it
 * counts). An item too large for any batch goes in a batch of its own.
 */
public final class ItemBatcher {
  /** The largest {@code MaxInputBytesPerBatch}: 256 KiB. */
  public static final int MAX_BATCH_BYTES = 262_144;

  private ItemBatcher() {}

  /**
   * The batches of {@code items}.
   *
   * @param batchInput the resolved {@code BatchInput}, or {@code null} when the batcher has none
   * @param maxItemsPerBatch the resolved limit, or {@code 0} for none
   * @param maxInputBytesPerBatch the resolved limit, or {@code 0} for none (then 256 KiB)
   */
  public static List<Map<String, Object>> batch(
      List<?> items, Object batchInput, int maxItemsPerBatch, int maxInputBytesPerBatch) {
    int maxItems = maxItemsPerBatch <= 0 ? Integer.MAX_VALUE : maxItemsPerBatch;
    int maxBytes =
        maxInputBytesPerBatch <= 0
            ? MAX_BATCH_BYTES
            : Math.min(maxInputBytesPerBatch, MAX_BATCH_BYTES);
    // {"Items":[]} or {"BatchInput":...,"Items":[]}
    long emptySize = batchInput == null ? 12 : 26 + utf8Length(Json.write(batchInput));
    List<Map<String, Object>> batches = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    long size = emptySize;
    for (Object item : items) {
      long itemSize = utf8Length(Json.write(item));
      long grown = size + itemSize + (current.isEmpty() ? 0 : 1);
      if (!current.isEmpty() && (current.size() >= maxItems || grown > maxBytes)) {
        batches.add(batchOf(batchInput, current));
        current = new ArrayList<>();
        grown = emptySize + itemSize;
      }
      current.add(item);
      size = grown;
    }
    if (!current.isEmpty()) {
      batches.add(batchOf(batchInput, current));
    }
    return batches;
  }

  /**
   * A batch limit from the value its {@code *Path} field selected, or its JSONata field evaluated
   * to: a positive integer, or a string holding one (recorded: {@code "2"} and {@code "15000"} from
   * variables are accepted).
   *
   * @param field {@code MaxItemsPerBatch} or {@code MaxInputBytesPerBatch}
   * @param path the path as written, or {@code null} for a JSONata value
   * @throws StatesFailure {@code States.Runtime} when it is no positive integer (causes modelled on
   *     AWS's words for other {@code *Path} fields; not recorded for these)
   */
  public static int limit(String field, Object value, String path) {
    BigInteger integer = MaxItems.integerOf(value);
    if (integer == null) {
      String text = value instanceof String s ? s : Json.write(value);
      String cause =
          path != null
              ? "The "
                  + field
                  + "Path field refers to value \""
                  + text
                  + "\" which is not a valid integer: "
                  + path
              : "The "
                  + field
                  + " field refers to value \""
                  + text
                  + "\" which is not a valid integer";
      throw new StatesFailure(StatesError.RUNTIME, cause);
    }
    if (integer.signum() <= 0) {
      throw new StatesFailure(StatesError.RUNTIME, "field " + field + " must be positive");
    }
    return integer.bitLength() < 32 ? integer.intValue() : Integer.MAX_VALUE;
  }

  private static Map<String, Object> batchOf(Object batchInput, List<Object> items) {
    Map<String, Object> batch = LinkedHashMap.newLinkedHashMap(2);
    if (batchInput != null) {
      batch.put("BatchInput", batchInput);
    }
    batch.put("Items", items);
    return batch;
  }

  static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
