package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * PutItem, GetItem, UpdateItem and DeleteItem. A write reads the item, evaluates the condition
 * against it, computes the new item and compare-and-sets it on the version it read; when another
 * writer came first it starts again from the read, so a condition always holds on the item it
 * replaces, with any number of nodes.
 */
final class Items {
  static final List<String> RETURN_VALUES =
      List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
  private static final int ATTEMPTS = 100;
  static final int MAX_ITEM_BYTES = 400 * 1024;

  private final Tables tables;

  Items(Tables tables) {
    this.tables = tables;
  }

  /** An item before and after a write ({@code null}: none). */
  record Change(Map<String, Object> before, Map<String, Object> after) {}

  Map<String, Object> put(Map<String, Object> request) {
    Requests.check(request)
        .tableName("TableName")
        .notNull("Item")
        .oneOf("ReturnValues", RETURN_VALUES)
        .done();
    Requests.refuseLegacy(request, "Expected", "ConditionalOperator");
    boolean allOld = oldOrNone(request);
    ExpressionContext context = ExpressionContext.of(request, List.of("ConditionExpression"));
    Condition condition = condition(request, context);
    context.requireAllUsed();
    TableDefinition table = tables.require(request);
    Map<String, Object> item =
        AttributeValues.normalizeItem(Requests.map(request.get("Item"), "Item"));
    table.key().requireItem(item);
    table.requireIndexKeys(item);
    requireSize(item);
    Change change =
        write(
            table,
            table.key().encode(item),
            old -> {
              requireCondition(condition, old);
              return item;
            });
    return attributes(allOld ? change.before() : null);
  }

  Map<String, Object> get(Map<String, Object> request) {
    Requests.check(request).tableName("TableName").notNull("Key").done();
    Requests.refuseLegacy(request, "AttributesToGet");
    ExpressionContext context = ExpressionContext.of(request, List.of("ProjectionExpression"));
    List<DocPath> projection = projection(request, context);
    context.requireAllUsed();
    TableDefinition table = tables.require(request);
    Map<String, Object> key = key(table, request.get("Key"));
    Map<String, Object> item = read(table, table.key().encode(key));
    if (item == null) {
      return Map.of();
    }
    return Map.of("Item", projection == null ? item : Projection.apply(item, projection));
  }

  Map<String, Object> update(Map<String, Object> request) {
    Requests.check(request)
        .tableName("TableName")
        .notNull("Key")
        .oneOf("ReturnValues", RETURN_VALUES)
        .done();
    Requests.refuseLegacy(request, "Expected", "ConditionalOperator", "AttributeUpdates");
    ExpressionContext context =
        ExpressionContext.of(request, List.of("UpdateExpression", "ConditionExpression"));
    String source = Requests.optionalString(request, "UpdateExpression");
    List<UpdateAction> actions = source == null ? List.of() : UpdateParser.parse(source, context);
    Condition condition = condition(request, context);
    context.requireAllUsed();
    TableDefinition table = tables.require(request);
    Map<String, Object> key = key(table, request.get("Key"));
    Change change =
        write(
            table,
            table.key().encode(key),
            old -> {
              requireCondition(condition, old);
              Map<String, Object> next = UpdateApplier.apply(actions, old, key);
              table.requireIndexKeys(next);
              requireSize(next);
              return next;
            });
    List<DocPath> touched = UpdateApplier.paths(actions);
    return attributes(
        switch (String.valueOf(request.get("ReturnValues"))) {
          case "ALL_OLD" -> change.before();
          case "UPDATED_OLD" ->
              change.before() == null ? null : Projection.apply(change.before(), touched);
          case "ALL_NEW" -> change.after();
          case "UPDATED_NEW" -> Projection.apply(change.after(), touched);
          default -> null;
        });
  }

  Map<String, Object> delete(Map<String, Object> request) {
    Requests.check(request)
        .tableName("TableName")
        .notNull("Key")
        .oneOf("ReturnValues", RETURN_VALUES)
        .done();
    Requests.refuseLegacy(request, "Expected", "ConditionalOperator");
    boolean allOld = oldOrNone(request);
    ExpressionContext context = ExpressionContext.of(request, List.of("ConditionExpression"));
    Condition condition = condition(request, context);
    context.requireAllUsed();
    TableDefinition table = tables.require(request);
    Map<String, Object> key = key(table, request.get("Key"));
    Change change =
        write(
            table,
            table.key().encode(key),
            old -> {
              requireCondition(condition, old);
              return null;
            });
    return attributes(allOld ? change.before() : null);
  }

  /** A request's {@code Key}, normalized and checked against the table's key schema. */
  static Map<String, Object> key(TableDefinition table, Object raw) {
    Map<String, Object> key = AttributeValues.normalizeItem(Requests.map(raw, "Key"));
    table.key().requireKey(key);
    return key;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> read(TableDefinition table, String storageKey) {
    return tables
        .store()
        .get(Tables.itemSpace(table), storageKey)
        .map(e -> (Map<String, Object>) Json.parse(e.value()))
        .orElse(null);
  }

  /**
   * Reads, changes and compare-and-sets one item, again from the read when another writer came
   * first. {@code change} answers the new item, or {@code null} to delete it.
   */
  @SuppressWarnings("unchecked")
  Change write(TableDefinition table, String key, UnaryOperator<Map<String, Object>> change) {
    KeyValueStore store = tables.store();
    String space = Tables.itemSpace(table);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<KeyValueEntry> current = store.get(space, key);
      Map<String, Object> old =
          current.map(e -> (Map<String, Object>) Json.parse(e.value())).orElse(null);
      Map<String, Object> next = change.apply(old);
      long version = current.map(KeyValueEntry::version).orElse(KeyValueStore.ABSENT);
      if (next == null) {
        if (old == null || store.delete(space, key, version)) {
          return new Change(old, null);
        }
      } else if (store.put(space, key, Json.write(next), version) >= 0) {
        return new Change(old, next);
      }
    }
    throw DynamoErrors.internal("The item was changed by other writers too often; try again");
  }

  static Condition condition(Map<String, Object> request, ExpressionContext context) {
    String source = Requests.optionalString(request, "ConditionExpression");
    return source == null ? null : ConditionParser.parse("ConditionExpression", source, context);
  }

  static List<DocPath> projection(Map<String, Object> request, ExpressionContext context) {
    String source = Requests.optionalString(request, "ProjectionExpression");
    return source == null ? null : Projection.parse(source, context);
  }

  private static void requireCondition(Condition condition, Map<String, Object> item) {
    if (condition != null && !ConditionEvaluator.matches(condition, item)) {
      throw DynamoErrors.conditionalCheckFailed();
    }
  }

  private static boolean oldOrNone(Map<String, Object> request) {
    Object rv = request.get("ReturnValues");
    if (rv != null && !rv.equals("NONE") && !rv.equals("ALL_OLD")) {
      throw DynamoErrors.validation("ReturnValues can only be ALL_OLD or NONE");
    }
    return "ALL_OLD".equals(rv);
  }

  static void requireSize(Map<String, Object> item) {
    if (Json.write(item).length() > MAX_ITEM_BYTES) {
      throw DynamoErrors.validation("Item size has exceeded the maximum allowed size");
    }
  }

  private static Map<String, Object> attributes(Map<String, Object> item) {
    if (item == null || item.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Attributes", item);
    return out;
  }
}
