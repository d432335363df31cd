package io.stepwell.asl.distributed;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An S3 inventory {@code manifest.json}, the object an {@code InputType: MANIFEST} reader names.
 * Its data files (gzipped CSV, see {@link Gzip}) hold the items: one per row, keyed by the names of
 * {@code fileSchema}, every value a string.
 *
 * @param sourceBucket the inventoried bucket
 * @param destinationBucket the bucket that holds the data files (the name, not the ARN)
 * @param fileFormat {@code CSV}; AWS's other inventory formats are not read here
 * @param fileSchema the column names
 * @param files the data files, in manifest order
 */
public record InventoryManifest(
    String sourceBucket,
    String destinationBucket,
    String fileFormat,
    List<String> fileSchema,
    List<DataFile> files) {
  /**
   * One data file of an inventory.
   *
   * @param key its key in the destination bucket
   * @param size its (compressed) size in bytes
   */
  public record DataFile(String key, long size) {}

  public InventoryManifest {
    fileSchema = List.copyOf(fileSchema);
    files = List.copyOf(files);
  }

  /**
   * Parses the content of a {@code manifest.json}.
   *
   * @throws io.stepwell.asl.error.StatesFailure {@code States.ItemReaderFailed} when it is not an
   *     S3 inventory manifest of CSV files (causes not recorded on AWS)
   */
  public static InventoryManifest parse(String content) {
    Map<String, Object> manifest;
    try {
      manifest = Json.parse(content) instanceof Map<?, ?> m ? Json.asObject(m) : null;
    } catch (JsonSyntaxException e) {
      manifest = null;
    }
    if (manifest == null
        || !(manifest.get("fileSchema") instanceof String schema)
        || !(manifest.get("files") instanceof List<?> files)
        || !(manifest.get("destinationBucket") instanceof String destination)) {
      throw ItemParser.readerFailed("The manifest is not an S3 inventory manifest.");
    }
    String format = manifest.get("fileFormat") instanceof String f ? f : "";
    if (!format.equals("CSV")) {
      throw ItemParser.readerFailed(
          "S3 inventory manifests of format " + format + " are not supported; use CSV.");
    }
    List<DataFile> dataFiles = new ArrayList<>();
    for (Object file : files) {
      if (!(file instanceof Map<?, ?> entry) || !(entry.get("key") instanceof String key)) {
        throw ItemParser.readerFailed("The manifest is not an S3 inventory manifest.");
      }
      long size = entry.get("size") instanceof Number n ? n.longValue() : 0;
      dataFiles.add(new DataFile(key, size));
    }
    String source = manifest.get("sourceBucket") instanceof String s ? s : "";
    List<String> columns = Arrays.stream(schema.split(",")).map(String::trim).toList();
    return new InventoryManifest(source, bucketName(destination), format, columns, dataFiles);
  }

  /**
   * The items of one data file, its content already decompressed; {@code maxItems} counts across
   * files, so pass what is left of the limit.
   */
  public List<Object> items(String csvContent, int maxItems) {
    return ItemParser.rowsAsObjects(
        new CsvTokenizer(csvContent, ','), fileSchema, maxItems <= 0 ? MaxItems.CEILING : maxItems);
  }

  private static String bucketName(String destination) {
    String arnPrefix = "arn:";
    int resourceStart = destination.lastIndexOf(":::");
    return destination.startsWith(arnPrefix) && resourceStart >= 0
        ? destination.substring(resourceStart + 3)
        : destination;
  }
}
