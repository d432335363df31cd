package io.stepwell.asl.distributed;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what an {@code ItemReader} read into the list of items, as AWS does. Each method takes the
 * limit from {@link MaxItems} ({@code 0} or less reads every item) and fails with {@code
 * States.ItemReaderFailed} where AWS does.
 */
public final class ItemParser {
  /** AWS's cause when the content of a JSON object is not an array (recorded). */
  public static final String NOT_AN_ARRAY = "Attempting to map over non-iterable node.";

  /** AWS's cause when CSV headers repeat a name (recorded). */
  public static final String DUPLICATE_HEADERS = "CSV headers cannot contain duplicates.";

  private ItemParser() {}

  /**
   * The items in the content of an object read with {@code s3:getObject}, by the config's {@code
   * InputType}; {@code MANIFEST} content names other objects, so it goes through {@link
   * InventoryManifest} instead.
   */
  public static List<Object> items(ReaderConfig config, String content, int maxItems) {
    InputType type = config.inputType();
    if (type == null) {
      throw new IllegalArgumentException("an s3:getObject reader needs an InputType");
    }
    return switch (type) {
      case JSON -> json(content, maxItems);
      case JSONL -> jsonLines(content, maxItems);
      case CSV ->
          csv(
              content,
              config.csvHeaderLocation(),
              config.csvHeaders(),
              config.csvDelimiter(),
              maxItems);
      case MANIFEST ->
          throw new IllegalArgumentException("read a MANIFEST with InventoryManifest.parse");
    };
  }

  /** {@link #items(ReaderConfig, String, int)} for content as bytes, decoded as UTF-8. */
  public static List<Object> items(ReaderConfig config, byte[] content, int maxItems) {
    return items(config, new String(content, StandardCharsets.UTF_8), maxItems);
  }

  /** The elements of a JSON array; anything else fails as AWS does. */
  public static List<Object> json(String content, int maxItems) {
    Object value;
    try {
      value = Json.parse(content);
    } catch (JsonSyntaxException e) {
      // Not recorded on AWS: a cause that names the problem.
      throw readerFailed("The JSON content of the object is not valid JSON: " + e.getMessage());
    }
    if (!(value instanceof List<?> list)) {
      throw readerFailed(NOT_AN_ARRAY);
    }
    return limit(Json.asArray(list), maxItems);
  }

  /** One value per line of JSON Lines; lines of only whitespace are skipped. */
  public static List<Object> jsonLines(String content, int maxItems) {
    int limit = limitOf(maxItems);
    List<Object> items = new ArrayList<>();
    int lineNumber = 0;
    for (String line : content.split("\r?\n", -1)) {
      lineNumber++;
      if (items.size() >= limit) {
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(Json.parse(line));
      } catch (JsonSyntaxException e) {
        // Not recorded on AWS: a cause that names the line.
        throw readerFailed(
            "Line " + lineNumber + " of the JSONL content is not valid JSON: " + e.getMessage());
      }
    }
    return items;
  }

  /**
   * One object per row, keyed by the headers, every value a string (AWS keeps CSV values as
   * strings). A row shorter than the headers gets empty strings, a longer one loses its extra
   * fields (both recorded).
   */
  public static List<Object> csv(
      String content,
      CsvHeaderLocation location,
      List<String> givenHeaders,
      CsvDelimiter delimiter,
      int maxItems) {
    CsvTokenizer rows = new CsvTokenizer(content, delimiter.character());
    List<String> headers = location == CsvHeaderLocation.GIVEN ? givenHeaders : rows.next();
    if (headers == null) {
      return new ArrayList<>();
    }
    Set<String> distinct = new HashSet<>(headers);
    if (distinct.size() < headers.size()) {
      throw readerFailed(DUPLICATE_HEADERS);
    }
    return rowsAsObjects(rows, headers, limitOf(maxItems));
  }

  static List<Object> rowsAsObjects(CsvTokenizer rows, List<String> headers, int limit) {
    List<Object> items = new ArrayList<>();
    for (List<String> row = items.size() < limit ? rows.next() : null;
        row != null;
        row = items.size() < limit ? rows.next() : null) {
      Map<String, Object> item = LinkedHashMap.newLinkedHashMap(headers.size());
      for (int i = 0; i < headers.size(); i++) {
        item.put(headers.get(i), i < row.size() ? row.get(i) : "");
      }
      items.add(item);
    }
    return items;
  }

  /**
   * The items of an {@code s3:listObjectsV2} reader, one per object in the order given (S3 lists in
   * key order): {@code Etag}, {@code Key}, {@code LastModified} (epoch seconds, as in AWS's
   * documented example), {@code Size} and {@code StorageClass}.
   */
  public static List<Object> listing(List<ListedObject> objects, int maxItems) {
    int limit = limitOf(maxItems);
    List<Object> items = new ArrayList<>(Math.min(objects.size(), limit));
    for (ListedObject object : objects) {
      if (items.size() >= limit) {
        break;
      }
      Map<String, Object> item = LinkedHashMap.newLinkedHashMap(5);
      item.put("Etag", object.etag());
      item.put("Key", object.key());
      item.put("LastModified", object.lastModified().getEpochSecond());
      item.put("Size", object.size());
      item.put("StorageClass", object.storageClass());
      items.add(item);
    }
    return items;
  }

  static StatesFailure readerFailed(String cause) {
    return new StatesFailure(StatesError.ITEM_READER_FAILED, cause);
  }

  private static int limitOf(int maxItems) {
    return maxItems <= 0 ? MaxItems.CEILING : maxItems;
  }

  private static List<Object> limit(List<Object> items, int maxItems) {
    int limit = limitOf(maxItems);
    return items.size() <= limit ? items : new ArrayList<>(items.subList(0, limit));
  }
}
