package io.stepwell.asl.model;

import io.stepwell.asl.distributed.ItemBatcherSpec;
import io.stepwell.asl.distributed.ItemReaderSpec;
import io.stepwell.asl.distributed.ResultWriterSpec;
import io.stepwell.asl.jsonata.JsonataTemplate;
import java.util.Map;

/**
 * A Map state's {@code ItemReader}, {@code ItemBatcher} and {@code ResultWriter}, with their
 * parameter templates compiled. Any of the three may be {@code null}.
 *
 * @param readerParameters the reader's {@code Parameters} (JSONPath) or {@code null}
 * @param readerArguments the reader's {@code Arguments} (JSONata) or {@code null}
 * @param batchInput the batcher's {@code BatchInput} (JSONPath) or {@code null}
 * @param batchInputJsonata the batcher's {@code BatchInput} (JSONata) or {@code null}
 * @param writerParameters the writer's {@code Parameters} (JSONPath) or {@code null}
 * @param writerArguments the writer's {@code Arguments} (JSONata) or {@code null}
 */
public record DistributedConfig(
    ItemReaderSpec reader,
    PayloadTemplate readerParameters,
    JsonataTemplate readerArguments,
    ItemBatcherSpec batcher,
    PayloadTemplate batchInput,
    JsonataTemplate batchInputJsonata,
    ResultWriterSpec writer,
    PayloadTemplate writerParameters,
    JsonataTemplate writerArguments) {

  /** Nothing configured. */
  public static final DistributedConfig NONE =
      new DistributedConfig(null, null, null, null, null, null, null, null, null);

  /** Parses the three fields of a Map state. */
  @SuppressWarnings("unchecked")
  static DistributedConfig parse(Map<String, Object> map, boolean jsonata) {
    ItemReaderSpec reader =
        map.get("ItemReader") instanceof Map<?, ?> r
            ? ItemReaderSpec.parse((Map<String, Object>) r)
            : null;
    ItemBatcherSpec batcher =
        map.get("ItemBatcher") instanceof Map<?, ?> b
            ? ItemBatcherSpec.parse((Map<String, Object>) b)
            : null;
    ResultWriterSpec writer =
        map.get("ResultWriter") instanceof Map<?, ?> w
            ? ResultWriterSpec.parse((Map<String, Object>) w)
            : null;
    if (reader == null && batcher == null && writer == null) {
      return NONE;
    }
    return new DistributedConfig(
        reader,
        reader != null && !jsonata && reader.parameters() != null
            ? PayloadTemplate.compile(reader.parameters())
            : null,
        reader != null && jsonata && reader.arguments() != null
            ? JsonataTemplate.compile(reader.arguments())
            : null,
        batcher,
        batcher != null && !jsonata && batcher.batchInput() != null
            ? PayloadTemplate.compile(batcher.batchInput())
            : null,
        batcher != null && jsonata && batcher.batchInput() != null
            ? JsonataTemplate.compile(batcher.batchInput())
            : null,
        writer,
        writer != null && !jsonata && writer.parameters() != null
            ? PayloadTemplate.compile(writer.parameters())
            : null,
        writer != null && jsonata && writer.arguments() != null
            ? JsonataTemplate.compile(writer.arguments())
            : null);
  }
}
