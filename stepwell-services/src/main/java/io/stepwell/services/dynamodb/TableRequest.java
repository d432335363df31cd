package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a CreateTable request and keeps what is stored of it. */
final class TableRequest {
  private TableRequest() {}

  static Map<String, Object> check(Map<String, Object> request) {
    Map<String, String> types = new LinkedHashMap<>();
    List<Object> definitions = new ArrayList<>();
    for (Object d : Requests.list(request.get("AttributeDefinitions"), "AttributeDefinitions")) {
      Map<String, Object> def = Requests.map(d, "AttributeDefinitions");
      String name = Requests.string(def.get("AttributeName"), "AttributeName");
      String type = Requests.string(def.get("AttributeType"), "AttributeType");
      if (!List.of("S", "N", "B").contains(type)) {
        throw DynamoErrors.validation(
            "1 validation error detected: Value '"
                + type
                + "' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint:"
                + " Member must satisfy enum value set: [B, N, S]");
      }
      types.put(name, type);
      definitions.add(Map.of("AttributeName", name, "AttributeType", type));
    }
    List<?> keySchema = Requests.list(request.get("KeySchema"), "KeySchema");
    checkKeySchema(keySchema);
    KeySchema key = KeySchema.of(keySchema, types);
    List<KeySchema> keys = new ArrayList<>(List.of(key));
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("TableName", request.get("TableName"));
    stored.put("AttributeDefinitions", definitions);
    stored.put("KeySchema", keySchema);
    String billing = (String) request.getOrDefault("BillingMode", "PROVISIONED");
    stored.put("BillingMode", billing);
    checkThroughput(billing, request.get("ProvisionedThroughput"));
    if (request.get("ProvisionedThroughput") != null) {
      stored.put("ProvisionedThroughput", request.get("ProvisionedThroughput"));
    }
    for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      if (request.get(kind) == null) {
        continue;
      }
      List<Object> indexes = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (Object i : Requests.list(request.get(kind), kind)) {
        Map<String, Object> index = Requests.map(i, kind);
        String name = Requests.string(index.get("IndexName"), "IndexName");
        if (!names.add(name)) {
          throw DynamoErrors.invalidParameter("Duplicate index name: " + name);
        }
        List<?> indexKey = Requests.list(index.get("KeySchema"), "KeySchema");
        checkKeySchema(indexKey);
        KeySchema k = KeySchema.of(indexKey, types);
        if (kind.startsWith("Local") && (key.range() == null || !k.hash().equals(key.hash()))) {
          throw DynamoErrors.invalidParameter(
              key.range() == null
                  ? "Table KeySchema does not have a range key, which is required when specifying"
                      + " a LocalSecondaryIndex"
                  : "Index KeySchema does not have the same leading hash key as table KeySchema"
                      + " for index: "
                      + name
                      + ". index hash key: "
                      + k.hash()
                      + ", table hash key: "
                      + key.hash());
        }
        keys.add(k);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("IndexName", name);
        kept.put("KeySchema", indexKey);
        kept.put(
            "Projection",
            index.get("Projection") == null
                ? Map.of("ProjectionType", "ALL")
                : Requests.map(index.get("Projection"), "Projection"));
        if (index.get("ProvisionedThroughput") != null) {
          kept.put("ProvisionedThroughput", index.get("ProvisionedThroughput"));
        }
        indexes.add(kept);
      }
      stored.put(kind, indexes);
    }
    checkDefinitions(keys, types);
    return stored;
  }

  private static void checkKeySchema(List<?> keySchema) {
    if (keySchema.isEmpty() || keySchema.size() > 2) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value at 'keySchema' failed to satisfy constraint: Member"
              + " must have length "
              + (keySchema.isEmpty() ? "greater than or equal to 1" : "less than or equal to 2"));
    }
    if (!"HASH".equals(Requests.map(keySchema.get(0), "KeySchema").get("KeyType"))) {
      throw DynamoErrors.validation(
          "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (keySchema.size() == 2
        && !"RANGE".equals(Requests.map(keySchema.get(1), "KeySchema").get("KeyType"))) {
      throw DynamoErrors.validation(
          "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    }
  }

  private static void checkThroughput(String billing, Object throughput) {
    Map<String, Object> t =
        throughput == null ? new HashMap<>() : Requests.map(throughput, "ProvisionedThroughput");
    if (billing.equals("PROVISIONED")
        && (t.get("ReadCapacityUnits") == null || t.get("WriteCapacityUnits") == null)) {
      throw DynamoErrors.invalidParameter(
          "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is"
              + " PROVISIONED");
    }
    if (billing.equals("PAY_PER_REQUEST") && throughput != null) {
      throw DynamoErrors.invalidParameter(
          "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is"
              + " PAY_PER_REQUEST");
    }
  }

  private static void checkDefinitions(List<KeySchema> keys, Map<String, String> types) {
    Set<String> used = Tables.keyNames(keys);
    List<String> undefined = used.stream().filter(n -> !types.containsKey(n)).sorted().toList();
    if (!undefined.isEmpty()) {
      throw DynamoErrors.invalidParameter(
          "Some index key attributes are not defined in AttributeDefinitions. Keys: "
              + undefined
              + ", AttributeDefinitions: "
              + new ArrayList<>(types.keySet()));
    }
    if (used.size() != types.size()) {
      throw DynamoErrors.invalidParameter(
          "Number of attributes in KeySchema does not exactly match number of attributes defined"
              + " in AttributeDefinitions");
    }
  }
}
