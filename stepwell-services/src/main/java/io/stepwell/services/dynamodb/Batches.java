package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem: every request is checked first (tables, keys, items), then
 * carried out one item at a time; nothing is ever left unprocessed.
 */
final class Batches {
  private final Tables tables;
  private final Items items;

  Batches(Tables tables, Items items) {
    this.tables = tables;
    this.items = items;
  }

  Map<String, Object> get(Map<String, Object> request) {
    Requests.check(request).notNull("RequestItems").done();
    Map<String, Object> requestItems = Requests.map(request.get("RequestItems"), "RequestItems");
    int total = 0;
    Map<String, Object> responses = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : requestItems.entrySet()) {
      Map<String, Object> perTable = new LinkedHashMap<>(Requests.map(e.getValue(), e.getKey()));
      perTable.put("TableName", e.getKey());
      Requests.refuseLegacy(perTable, "AttributesToGet");
      ExpressionContext context = ExpressionContext.of(perTable, List.of("ProjectionExpression"));
      List<DocPath> projection = Items.projection(perTable, context);
      context.requireAllUsed();
      TableDefinition table = tables.require(perTable);
      List<Object> found = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Object raw : Requests.list(perTable.get("Keys"), "Keys")) {
        total++;
        Map<String, Object> key = Items.key(table, raw);
        String storageKey = table.key().encode(key);
        if (!seen.add(storageKey)) {
          throw DynamoErrors.validation("Provided list of item keys contains duplicates");
        }
        Map<String, Object> item = items.read(table, storageKey);
        if (item != null) {
          found.add(projection == null ? item : Projection.apply(item, projection));
        }
      }
      responses.put(e.getKey(), found);
    }
    if (total > 100) {
      throw DynamoErrors.validation("Too many items requested for the BatchGetItem call");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Responses", responses);
    out.put("UnprocessedKeys", Map.of());
    return out;
  }

  /** One put or delete of a batch, checked. */
  private record Write(TableDefinition table, String key, Map<String, Object> item) {}

  Map<String, Object> write(Map<String, Object> request) {
    Requests.check(request).notNull("RequestItems").done();
    Map<String, Object> requestItems = Requests.map(request.get("RequestItems"), "RequestItems");
    List<Write> writes = new ArrayList<>();
    for (Map.Entry<String, Object> e : requestItems.entrySet()) {
      TableDefinition table = tables.require(Map.of("TableName", e.getKey()));
      Set<String> seen = new HashSet<>();
      for (Object raw : Requests.list(e.getValue(), e.getKey())) {
        Map<String, Object> entry = Requests.map(raw, e.getKey());
        Write write;
        if (entry.get("PutRequest") != null) {
          Map<String, Object> put = Requests.map(entry.get("PutRequest"), "PutRequest");
          Map<String, Object> item =
              AttributeValues.normalizeItem(Requests.map(put.get("Item"), "Item"));
          table.key().requireItem(item);
          table.requireIndexKeys(item);
          Items.requireSize(item);
          write = new Write(table, table.key().encode(item), item);
        } else if (entry.get("DeleteRequest") != null) {
          Map<String, Object> delete = Requests.map(entry.get("DeleteRequest"), "DeleteRequest");
          Map<String, Object> key = Items.key(table, delete.get("Key"));
          write = new Write(table, table.key().encode(key), null);
        } else {
          throw DynamoErrors.validation(
              "Supplied AttributeValue has more than one datatypes set, must contain exactly one"
                  + " of the supported datatypes");
        }
        if (!seen.add(write.key())) {
          throw DynamoErrors.validation("Provided list of item keys contains duplicates");
        }
        writes.add(write);
      }
    }
    if (writes.size() > 25) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value at 'requestItems' failed to satisfy constraint:"
              + " Map value must satisfy constraint: [Member must have length less than or equal"
              + " to 25, Member must have length greater than or equal to 1]");
    }
    for (Write w : writes) {
      items.write(w.table(), w.key(), old -> w.item());
    }
    return Map.of("UnprocessedItems", Map.of());
  }
}
