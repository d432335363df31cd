package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}, checked as
 * DynamoDB checks them, and which of them the request's expressions used (every one must be).
 */
final class ExpressionContext {
  private final Map<String, String> names;
  private final Map<String, Map<String, Object>> values;
  private final Set<String> unusedNames = new LinkedHashSet<>();
  private final Set<String> unusedValues = new LinkedHashSet<>();

  private ExpressionContext(Map<String, String> names, Map<String, Map<String, Object>> values) {
    this.names = names;
    this.values = values;
    unusedNames.addAll(names.keySet());
    unusedValues.addAll(values.keySet());
  }

  /**
   * The context of a request.
   *
   * @param expressions the request's expression members, in DynamoDB's order (for example {@code
   *     UpdateExpression}, {@code ConditionExpression})
   */
  @SuppressWarnings("unchecked")
  static ExpressionContext of(Map<String, Object> request, List<String> expressions) {
    Object rawNames = request.get("ExpressionAttributeNames");
    Object rawValues = request.get("ExpressionAttributeValues");
    boolean anyExpression = expressions.stream().anyMatch(e -> request.get(e) != null);
    if (rawNames != null && !anyExpression) {
      throw DynamoErrors.validation(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    List<String> valueExpressions = new ArrayList<>(expressions);
    valueExpressions.remove("ProjectionExpression");
    if (rawValues != null
        && !valueExpressions.isEmpty()
        && valueExpressions.stream().allMatch(e -> request.get(e) == null)) {
      throw DynamoErrors.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + String.join(" and ", valueExpressions)
              + (valueExpressions.size() > 1 ? " are" : " is")
              + " null");
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (rawNames != null) {
      Map<String, Object> given = Requests.map(rawNames, "ExpressionAttributeNames");
      if (given.isEmpty()) {
        throw DynamoErrors.validation("ExpressionAttributeNames must not be empty");
      }
      for (Map.Entry<String, Object> e : given.entrySet()) {
        if (!e.getKey().matches("#[0-9a-zA-Z_]+")) {
          throw DynamoErrors.validation(
              "ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                  + e.getKey()
                  + "\"");
        }
        names.put(e.getKey(), Requests.string(e.getValue(), "ExpressionAttributeNames"));
      }
    }
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    if (rawValues != null) {
      Map<String, Object> given = Requests.map(rawValues, "ExpressionAttributeValues");
      if (given.isEmpty()) {
        throw DynamoErrors.validation("ExpressionAttributeValues must not be empty");
      }
      for (String key : given.keySet()) {
        if (!key.matches(":[0-9a-zA-Z_]+")) {
          throw DynamoErrors.validation(
              "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
        }
      }
      for (Map.Entry<String, Object> e : given.entrySet()) {
        try {
          values.put(e.getKey(), AttributeValues.normalize(e.getValue()));
        } catch (io.stepwell.server.AwsException invalid) {
          if (!invalid.type().equals(DynamoErrors.VALIDATION)) {
            throw invalid;
          }
          throw DynamoErrors.validation(
              "ExpressionAttributeValues contains invalid value: "
                  + invalid.getMessage()
                  + " for key "
                  + e.getKey());
        }
      }
    }
    return new ExpressionContext(names, values);
  }

  /** The attribute name a {@code #name} stands for, or {@code null} when it is not defined. */
  String name(String ref) {
    String name = names.get(ref);
    if (name != null) {
      unusedNames.remove(ref);
    }
    return name;
  }

  /** The value a {@code :value} stands for, or {@code null} when it is not defined. */
  Map<String, Object> value(String ref) {
    Map<String, Object> value = values.get(ref);
    if (value != null) {
      unusedValues.remove(ref);
    }
    return value;
  }

  /** Refuses names or values that no expression used, once all are parsed. */
  void requireAllUsed() {
    if (!unusedNames.isEmpty()) {
      throw DynamoErrors.validation(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
              + String.join(", ", unusedNames)
              + "}");
    }
    if (!unusedValues.isEmpty()) {
      throw DynamoErrors.validation(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", unusedValues)
              + "}");
    }
  }
}
