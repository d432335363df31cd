package io.stepwell.services.dynamodb;

import io.stepwell.engine.store.KeyValueStore;
import io.stepwell.server.AwsException;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * DynamoDB tables kept in a {@link KeyValueStore}: requests and responses in AWS's JSON shape
 * (items as attribute-value maps), errors as {@link AwsException}s with DynamoDB's {@code __type}
 * and message. One instance serves the HTTP API and the task integrations alike; several instances
 * (on several nodes) may share one store.
 *
 * <p>Served actions: CreateTable, DescribeTable, ListTables, DeleteTable, PutItem, GetItem,
 * UpdateItem, DeleteItem, Query, Scan, BatchGetItem, BatchWriteItem.
 */
public final class DynamoDbService {
  private final Map<String, UnaryOperator<Map<String, Object>>> actions = new LinkedHashMap<>();

  /** A service whose table ARNs name {@code region} and {@code account}. */
  public DynamoDbService(KeyValueStore store, String region, String account, InstantSource clock) {
    Tables tables = new Tables(store, region, account, clock);
    Items items = new Items(tables);
    Reads reads = new Reads(tables);
    Batches batches = new Batches(tables, items);
    actions.put("CreateTable", tables::create);
    actions.put("DescribeTable", tables::describe);
    actions.put("ListTables", tables::list);
    actions.put("DeleteTable", tables::delete);
    actions.put("PutItem", items::put);
    actions.put("GetItem", items::get);
    actions.put("UpdateItem", items::update);
    actions.put("DeleteItem", items::delete);
    actions.put("Query", reads::query);
    actions.put("Scan", reads::scan);
    actions.put("BatchGetItem", batches::get);
    actions.put("BatchWriteItem", batches::write);
  }

  /** A service in us-east-1, account 123456789012, on the system clock. */
  public DynamoDbService(KeyValueStore store) {
    this(store, "us-east-1", "123456789012", InstantSource.system());
  }

  /** The actions served, by DynamoDB's names ({@code PutItem}...). */
  public Set<String> actions() {
    return actions.keySet();
  }

  /**
   * Carries out one action.
   *
   * @param action DynamoDB's action name ({@code PutItem}...)
   * @param request the request as AWS's JSON, as plain maps and lists
   * @return the response as AWS's JSON
   * @throws AwsException with DynamoDB's error type and message when DynamoDB would refuse
   */
  public Map<String, Object> call(String action, Map<String, Object> request) {
    UnaryOperator<Map<String, Object>> handler = actions.get(action);
    if (handler == null) {
      throw new AwsException("com.amazon.coral.service#UnknownOperationException", null);
    }
    return handler.apply(request == null ? Map.of() : request);
  }
}
