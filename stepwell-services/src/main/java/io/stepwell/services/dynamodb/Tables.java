package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * CreateTable, DescribeTable, ListTables and DeleteTable. A table is one document in the space
 * {@code dynamodb:tables}; its items live in a space of their own named after the table's id, so a
 * table created again under the same name starts empty.
 */
final class Tables {
  static final String SPACE = "dynamodb:tables";
  private static final int CHUNK = 1000;

  private final KeyValueStore store;
  private final String region;
  private final String account;
  private final InstantSource clock;

  Tables(KeyValueStore store, String region, String account, InstantSource clock) {
    this.store = store;
    this.region = region;
    this.account = account;
    this.clock = clock;
  }

  KeyValueStore store() {
    return store;
  }

  static String itemSpace(TableDefinition table) {
    return "dynamodb:items:" + table.id();
  }

  String arn(String name) {
    return "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name;
  }

  /** The table an item request names, checked; a missing table is ResourceNotFoundException. */
  TableDefinition require(Map<String, Object> request) {
    String name = (String) request.get("TableName");
    return find(name).orElseThrow(DynamoErrors::resourceNotFound);
  }

  @SuppressWarnings("unchecked")
  Optional<TableDefinition> find(String name) {
    return store
        .get(SPACE, name)
        .map(e -> TableDefinition.of((Map<String, Object>) Json.parse(e.value())));
  }

  Map<String, Object> create(Map<String, Object> request) {
    Requests.check(request)
        .notNull("AttributeDefinitions")
        .tableName("TableName")
        .notNull("KeySchema")
        .oneOf("BillingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"))
        .done();
    Map<String, Object> stored = TableRequest.check(request);
    String name = (String) stored.get("TableName");
    stored.put("TableId", UUID.randomUUID().toString());
    stored.put("CreationDateTime", clock.millis() / 1000.0);
    if (store.put(SPACE, name, Json.write(stored), KeyValueStore.ABSENT) < 0) {
      throw DynamoErrors.resourceInUse("Table already exists: " + name);
    }
    return Map.of(
        "TableDescription", TableDefinition.of(stored).describe("ACTIVE", arn(name), 0, 0));
  }

  Map<String, Object> describe(Map<String, Object> request) {
    Requests.check(request).tableName("TableName").done();
    String name = (String) request.get("TableName");
    TableDefinition table = find(name).orElseThrow(() -> DynamoErrors.tableNotFound(name));
    long count = 0;
    long size = 0;
    String after = null;
    while (true) {
      List<KeyValueEntry> chunk = store.scan(itemSpace(table), "", after, CHUNK);
      for (KeyValueEntry e : chunk) {
        count++;
        size += e.value().length();
      }
      if (chunk.size() < CHUNK) {
        break;
      }
      after = chunk.get(chunk.size() - 1).key();
    }
    return Map.of("Table", table.describe("ACTIVE", arn(name), count, size));
  }

  Map<String, Object> list(Map<String, Object> request) {
    Integer limit = Requests.optionalInt(request, "Limit");
    if (limit != null && (limit < 1 || limit > 100)) {
      Requests.check(request).atLeast("Limit", 1).done();
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + limit
              + "' at 'limit' failed to satisfy constraint: Member must have value less than or"
              + " equal to 100");
    }
    int max = limit == null ? 100 : limit;
    String start = Requests.optionalString(request, "ExclusiveStartTableName");
    List<KeyValueEntry> entries = store.scan(SPACE, "", start, max + 1);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(max, entries.size()); i++) {
      names.add(entries.get(i).key());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("TableNames", names);
    if (entries.size() > max) {
      out.put("LastEvaluatedTableName", names.get(names.size() - 1));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> delete(Map<String, Object> request) {
    Requests.check(request).tableName("TableName").done();
    String name = (String) request.get("TableName");
    while (true) {
      KeyValueEntry entry =
          store.get(SPACE, name).orElseThrow(() -> DynamoErrors.tableNotFound(name));
      TableDefinition table = TableDefinition.of((Map<String, Object>) Json.parse(entry.value()));
      if (store.delete(SPACE, name, entry.version())) {
        store.deleteSpace(itemSpace(table));
        return Map.of("TableDescription", table.describe("DELETING", arn(name), 0, 0));
      }
    }
  }

  /** The names a set of key schemas uses (for checking attribute definitions). */
  static Set<String> keyNames(List<KeySchema> keys) {
    Set<String> out = new HashSet<>();
    keys.forEach(k -> out.addAll(k.names()));
    return out;
  }
}
