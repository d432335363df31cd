package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as stored: the checked {@code CreateTable} request (name, id, key schema, attribute
 * definitions, billing, secondary indexes, creation time) and the keys derived from it.
 *
 * @param stored the stored document
 * @param key the table's primary key
 * @param indexes its global and local secondary indexes
 */
record TableDefinition(Map<String, Object> stored, KeySchema key, List<Index> indexes) {

  /**
   * A secondary index.
   *
   * @param name its name
   * @param global whether it is global (else local: same partition key as the table)
   * @param key its key
   * @param projection AWS's {@code Projection} ({@code ProjectionType}, {@code NonKeyAttributes})
   * @param stored its stored document
   */
  record Index(
      String name,
      boolean global,
      KeySchema key,
      Map<String, Object> projection,
      Map<String, Object> stored) {}

  static TableDefinition of(Map<String, Object> stored) {
    Map<String, String> types = new HashMap<>();
    for (Object d : (List<?>) stored.get("AttributeDefinitions")) {
      Map<?, ?> def = (Map<?, ?>) d;
      types.put((String) def.get("AttributeName"), (String) def.get("AttributeType"));
    }
    List<Index> indexes = new ArrayList<>();
    for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      Object list = stored.get(kind);
      if (list == null) {
        continue;
      }
      for (Object i : (List<?>) list) {
        Map<String, Object> index = Requests.map(i, kind);
        indexes.add(
            new Index(
                (String) index.get("IndexName"),
                kind.startsWith("Global"),
                KeySchema.of((List<?>) index.get("KeySchema"), types),
                Requests.map(index.get("Projection"), "Projection"),
                index));
      }
    }
    return new TableDefinition(
        stored, KeySchema.of((List<?>) stored.get("KeySchema"), types), List.copyOf(indexes));
  }

  String name() {
    return (String) stored.get("TableName");
  }

  String id() {
    return (String) stored.get("TableId");
  }

  /** The index with that name, or {@code null}. */
  Index index(String indexName) {
    return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst().orElse(null);
  }

  /** Refuses an item whose secondary index key attributes have other types than defined. */
  @SuppressWarnings("unchecked")
  void requireIndexKeys(Map<String, Object> item) {
    for (Index index : indexes) {
      for (String name : index.key().names()) {
        if (!(item.get(name) instanceof Map<?, ?> value)) {
          continue;
        }
        String expected = index.key().typeOf(name);
        String actual = AttributeValues.type((Map<String, Object>) value);
        if (!actual.equals(expected)) {
          throw DynamoErrors.invalidParameter(
              "Type mismatch for Index Key "
                  + name
                  + " Expected: "
                  + expected
                  + " Actual: "
                  + actual
                  + " IndexName: "
                  + index.name());
        }
        if ("".equals(value.get(expected))) {
          throw DynamoErrors.validation(
              "One or more parameter values are not valid. A value specified for a secondary index"
                  + " key is not supported. The AttributeValue for a key attribute cannot contain"
                  + " an empty string value. IndexName: "
                  + index.name()
                  + ", IndexKey: "
                  + name);
        }
      }
    }
  }

  /** The attributes of an item that an index holds. */
  Map<String, Object> project(Index index, Map<String, Object> item) {
    String type = (String) index.projection().get("ProjectionType");
    if (type == null || type.equals("ALL")) {
      return item;
    }
    List<String> kept = new ArrayList<>(key.names());
    kept.addAll(index.key().names());
    if (type.equals("INCLUDE") && index.projection().get("NonKeyAttributes") instanceof List<?> l) {
      l.forEach(a -> kept.add((String) a));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    item.forEach((k, v) -> {
      if (kept.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** AWS's {@code TableDescription}. */
  Map<String, Object> describe(String status, String arn, long itemCount, long sizeBytes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("AttributeDefinitions", stored.get("AttributeDefinitions"));
    out.put("TableName", name());
    out.put("KeySchema", key.describe());
    out.put("TableStatus", status);
    out.put("CreationDateTime", stored.get("CreationDateTime"));
    out.put("ProvisionedThroughput", throughput(stored));
    out.put("TableSizeBytes", sizeBytes);
    out.put("ItemCount", itemCount);
    out.put("TableArn", arn);
    out.put("TableId", id());
    if ("PAY_PER_REQUEST".equals(stored.get("BillingMode"))) {
      out.put(
          "BillingModeSummary",
          Map.of(
              "BillingMode",
              "PAY_PER_REQUEST",
              "LastUpdateToPayPerRequestDateTime",
              stored.get("CreationDateTime")));
    }
    List<Object> globals = new ArrayList<>();
    List<Object> locals = new ArrayList<>();
    for (Index index : indexes) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("IndexName", index.name());
      d.put("KeySchema", index.key().describe());
      d.put("Projection", index.projection());
      if (index.global()) {
        d.put("IndexStatus", "ACTIVE");
        d.put("ProvisionedThroughput", throughput(index.stored()));
      }
      d.put("IndexSizeBytes", 0);
      d.put("ItemCount", 0);
      d.put("IndexArn", arn + "/index/" + index.name());
      (index.global() ? globals : locals).add(d);
    }
    if (!globals.isEmpty()) {
      out.put("GlobalSecondaryIndexes", globals);
    }
    if (!locals.isEmpty()) {
      out.put("LocalSecondaryIndexes", locals);
    }
    out.put("DeletionProtectionEnabled", false);
    return out;
  }

  private static Map<String, Object> throughput(Map<String, Object> holder) {
    Map<String, Object> given =
        holder.get("ProvisionedThroughput") instanceof Map<?, ?> m
            ? Requests.map(m, "ProvisionedThroughput")
            : Map.of();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("NumberOfDecreasesToday", 0);
    out.put("ReadCapacityUnits", given.getOrDefault("ReadCapacityUnits", 0));
    out.put("WriteCapacityUnits", given.getOrDefault("WriteCapacityUnits", 0));
    return out;
  }
}
