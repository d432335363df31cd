package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query and Scan. A Scan walks the table's items in storage order, a page at a time. A Query reads
 * its partition (for a global secondary index, the whole table), keeps the items its key condition
 * selects and orders them by sort key; {@code Limit} counts the items read before the filter, as in
 * DynamoDB, and {@code LastEvaluatedKey} is the key of the last one.
 */
final class Reads {
  private static final int CHUNK = 1000;
  private static final List<String> SELECTS =
      List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");

  private final Tables tables;

  Reads(Tables tables) {
    this.tables = tables;
  }

  /** What a Query or Scan asked for, checked. */
  private record Plan(
      TableDefinition table,
      TableDefinition.Index index,
      KeySchema key,
      Condition filter,
      List<DocPath> projection,
      Integer limit,
      boolean count) {}

  @SuppressWarnings("unchecked")
  Map<String, Object> query(Map<String, Object> request) {
    Requests.refuseLegacy(
        request, "KeyConditions", "QueryFilter", "AttributesToGet", "ConditionalOperator");
    String source = Requests.optionalString(request, "KeyConditionExpression");
    if (source == null) {
      throw DynamoErrors.validation(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    ExpressionContext context =
        ExpressionContext.of(
            request, List.of("KeyConditionExpression", "FilterExpression", "ProjectionExpression"));
    Condition keyCondition = ConditionParser.parse("KeyConditionExpression", source, context);
    Plan plan = plan(request, context);
    KeyCondition selection = KeyCondition.of(keyCondition, plan.key());
    if (plan.filter() != null) {
      for (String name : plan.key().names()) {
        if (mentions(plan.filter(), name)) {
          throw DynamoErrors.validation(
              "Filter Expression can only contain non-primary key attributes: Primary key"
                  + " attribute: "
                  + name);
        }
      }
    }
    TableDefinition table = plan.table();
    String prefix =
        plan.index() != null && plan.index().global()
            ? ""
            : table.key().partition(selection.hashValue());
    List<Map<String, Object>> items = new ArrayList<>();
    String after = null;
    while (true) {
      List<KeyValueEntry> chunk =
          tables.store().scan(Tables.itemSpace(table), prefix, after, CHUNK);
      for (KeyValueEntry e : chunk) {
        Map<String, Object> item = (Map<String, Object>) Json.parse(e.value());
        if (plan.key().covers(item) && selection.matches(item, plan.key())) {
          items.add(item);
        }
      }
      if (chunk.size() < CHUNK) {
        break;
      }
      after = chunk.get(chunk.size() - 1).key();
    }
    Comparator<Map<String, Object>> order = order(plan);
    if (!Requests.flag(request, "ScanIndexForward", true)) {
      order = order.reversed();
    }
    items.sort(order);
    Map<String, Object> start = startKey(request, plan);
    List<Map<String, Object>> page = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (start == null || order.compare(item, start) > 0) {
        page.add(item);
      }
    }
    return answer(plan, page);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> scan(Map<String, Object> request) {
    Requests.refuseLegacy(request, "ScanFilter", "AttributesToGet", "ConditionalOperator");
    ExpressionContext context =
        ExpressionContext.of(request, List.of("FilterExpression", "ProjectionExpression"));
    Integer segment = Requests.optionalInt(request, "Segment");
    Integer segments = Requests.optionalInt(request, "TotalSegments");
    if ((segment == null) != (segments == null)) {
      throw DynamoErrors.validation(
          segment == null
              ? "The Segment parameter is required but was not present in the request when"
                  + " parameter TotalSegments is present"
              : "The TotalSegments parameter is required but was not present in the request when"
                  + " Segment parameter is present");
    }
    if (segment != null && segment >= segments) {
      throw DynamoErrors.validation(
          "The Segment parameter is zero-based and must be less than parameter TotalSegments:"
              + " Segment: "
              + segment
              + " is not less than TotalSegments: "
              + segments);
    }
    Plan plan = plan(request, context);
    Map<String, Object> start = startKey(request, plan);
    String after = start == null ? null : plan.table().key().encode(start);
    List<Map<String, Object>> page = new ArrayList<>();
    int wanted = plan.limit() == null ? Integer.MAX_VALUE : plan.limit();
    while (page.size() < wanted) {
      List<KeyValueEntry> chunk =
          tables.store().scan(Tables.itemSpace(plan.table()), "", after, CHUNK);
      for (KeyValueEntry e : chunk) {
        if (page.size() >= wanted) {
          break;
        }
        if (segment == null || Math.floorMod(e.key().hashCode(), segments) == segment) {
          Map<String, Object> item = (Map<String, Object>) Json.parse(e.value());
          if (plan.index() == null || plan.key().covers(item)) {
            page.add(item);
          }
        }
      }
      if (chunk.size() < CHUNK) {
        break;
      }
      after = chunk.get(chunk.size() - 1).key();
    }
    return answer(plan, page);
  }

  private Plan plan(Map<String, Object> request, ExpressionContext context) {
    Requests.check(request)
        .tableName("TableName")
        .atLeast("Limit", 1)
        .oneOf("Select", SELECTS)
        .done();
    String filterSource = Requests.optionalString(request, "FilterExpression");
    Condition filter =
        filterSource == null
            ? null
            : ConditionParser.parse("FilterExpression", filterSource, context);
    List<DocPath> projection = Items.projection(request, context);
    context.requireAllUsed();
    TableDefinition table = tables.require(request);
    String indexName = Requests.optionalString(request, "IndexName");
    TableDefinition.Index index = indexName == null ? null : table.index(indexName);
    if (indexName != null && index == null) {
      throw DynamoErrors.validation("The table does not have the specified index: " + indexName);
    }
    if (index != null && index.global() && Requests.flag(request, "ConsistentRead", false)) {
      throw DynamoErrors.validation(
          "Consistent reads are not supported on global secondary indexes");
    }
    return new Plan(
        table,
        index,
        index == null ? table.key() : index.key(),
        filter,
        projection,
        Requests.optionalInt(request, "Limit"),
        "COUNT".equals(request.get("Select")));
  }

  /** Sort key order, then table key order so that equal sort keys of an index page steadily. */
  private static Comparator<Map<String, Object>> order(Plan plan) {
    KeySchema key = plan.key();
    KeySchema tableKey = plan.table().key();
    Comparator<Map<String, Object>> bySortKey =
        (a, b) ->
            key.range() == null
                ? 0
                : AttributeValues.compare(
                    new DocPath(List.of(key.range())).read(a),
                    new DocPath(List.of(key.range())).read(b));
    return bySortKey.thenComparing(tableKey::encode);
  }

  private static Map<String, Object> startKey(Map<String, Object> request, Plan plan) {
    Object raw = request.get("ExclusiveStartKey");
    if (raw == null) {
      return null;
    }
    Map<String, Object> start =
        AttributeValues.normalizeItem(Requests.map(raw, "ExclusiveStartKey"));
    if (!plan.table().key().covers(start) || !plan.key().covers(start)) {
      throw DynamoErrors.validation(
          "The provided starting key is invalid: The provided key element does not match the"
              + " schema");
    }
    return start;
  }

  /** The response for the items read in order (up to the limit), filtered and projected. */
  private static Map<String, Object> answer(Plan plan, List<Map<String, Object>> read) {
    int limit = plan.limit() == null ? Integer.MAX_VALUE : plan.limit();
    List<Object> items = new ArrayList<>();
    int scanned = 0;
    Map<String, Object> last = null;
    for (Map<String, Object> item : read) {
      if (scanned == limit) {
        break;
      }
      scanned++;
      last = item;
      if (plan.filter() == null || ConditionEvaluator.matches(plan.filter(), item)) {
        Map<String, Object> visible =
            plan.index() == null ? item : plan.table().project(plan.index(), item);
        items.add(
            plan.projection() == null ? visible : Projection.apply(visible, plan.projection()));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!plan.count()) {
      out.put("Items", items);
    }
    out.put("Count", items.size());
    out.put("ScannedCount", scanned);
    if (scanned == limit && last != null) {
      Map<String, Object> key = plan.table().key().keyOf(last);
      key.putAll(plan.key().keyOf(last));
      out.put("LastEvaluatedKey", key);
    }
    return out;
  }

  private static boolean mentions(Condition condition, String name) {
    return switch (condition) {
      case Condition.And a -> mentions(a.left(), name) || mentions(a.right(), name);
      case Condition.Or o -> mentions(o.left(), name) || mentions(o.right(), name);
      case Condition.Not n -> mentions(n.condition(), name);
      case Condition.Compare c -> mentions(c.left(), name) || mentions(c.right(), name);
      case Condition.Between b ->
          mentions(b.value(), name) || mentions(b.low(), name) || mentions(b.high(), name);
      case Condition.In in ->
          mentions(in.value(), name) || in.candidates().stream().anyMatch(o -> mentions(o, name));
      case Condition.Function f -> f.arguments().stream().anyMatch(o -> mentions(o, name));
    };
  }

  private static boolean mentions(Operand operand, String name) {
    return switch (operand) {
      case Operand.Path p -> p.path().head().equals(name);
      case Operand.Size s -> mentions(s.of(), name);
      case Operand.Value v -> false;
    };
  }
}
