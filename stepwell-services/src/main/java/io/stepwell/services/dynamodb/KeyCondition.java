package io.stepwell.services.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Query's key condition: the partition key's value and, optionally, one condition on the sort key
 * ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN}, {@code begins_with}).
 */
record KeyCondition(Map<String, Object> hashValue, Condition range) {

  private static final Map<String, String> FLIPPED =
      Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

  /** Checks a parsed key condition against the key it queries, as DynamoDB does. */
  static KeyCondition of(Condition condition, KeySchema key) {
    Map<String, Condition> byName = new LinkedHashMap<>();
    collect(condition, byName);
    Condition hash = byName.remove(key.hash());
    Condition range = key.range() == null ? null : byName.remove(key.range());
    if (hash == null) {
      throw DynamoErrors.validation("Query condition missed key schema element: " + key.hash());
    }
    if (!byName.isEmpty()
        || !(hash instanceof Condition.Compare eq)
        || !eq.operator().equals("=")) {
      throw DynamoErrors.validation("Query key condition not supported");
    }
    Map<String, Object> hashValue = ((Operand.Value) eq.right()).value();
    requireType(hashValue, key.hashType());
    if (range != null) {
      List<Operand> operands =
          switch (range) {
            case Condition.Compare c -> List.of(c.right());
            case Condition.Between b -> List.of(b.low(), b.high());
            case Condition.Function f -> List.of(f.arguments().get(1));
            default -> List.of();
          };
      for (Operand o : operands) {
        requireType(((Operand.Value) o).value(), key.rangeType());
      }
    }
    return new KeyCondition(hashValue, range);
  }

  boolean matches(Map<String, Object> item, KeySchema key) {
    return AttributeValues.equal(new DocPath(List.of(key.hash())).read(item), hashValue)
        && (range == null || ConditionEvaluator.matches(range, item));
  }

  private static void requireType(Map<String, Object> value, String type) {
    if (!AttributeValues.type(value).equals(type)) {
      throw DynamoErrors.invalidParameter("Condition parameter type does not match schema type");
    }
  }

  private static void collect(Condition condition, Map<String, Condition> byName) {
    switch (condition) {
      case Condition.And and -> {
        collect(and.left(), byName);
        collect(and.right(), byName);
      }
      case Condition.Or or -> throw invalid("Invalid operator used in KeyConditionExpression: OR");
      case Condition.Not not ->
          throw invalid("Invalid operator used in KeyConditionExpression: NOT");
      case Condition.In in -> throw invalid("Invalid operator used in KeyConditionExpression: IN");
      case Condition.Compare c -> {
        if (c.operator().equals("<>")) {
          throw invalid("Invalid operator used in KeyConditionExpression: <>");
        }
        if (c.left() instanceof Operand.Size || c.right() instanceof Operand.Size) {
          throw invalid("KeyConditionExpressions cannot contain nested operations");
        }
        if (c.right() instanceof Operand.Path && c.left() instanceof Operand.Value) {
          put(
              byName,
              new Condition.Compare(
                  FLIPPED.get(c.operator()), /* left= */ c.right(), /* right= */ c.left()));
        } else {
          put(byName, c);
        }
      }
      case Condition.Between b -> {
        if (!(b.value() instanceof Operand.Path)) {
          throw invalid(
              "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key"
                  + " attribute as its first operand");
        }
        put(byName, b);
      }
      case Condition.Function f -> {
        if (!f.name().equals("begins_with")) {
          throw invalid("Invalid operator used in KeyConditionExpression: " + f.name());
        }
        if (!(f.arguments().get(0) instanceof Operand.Path)) {
          throw invalid(
              "Invalid condition in KeyConditionExpression: begins_with operator must have the key"
                  + " attribute as its first operand");
        }
        put(byName, f);
      }
    }
  }

  private static void put(Map<String, Condition> byName, Condition c) {
    List<Operand> operands =
        switch (c) {
          case Condition.Compare cmp -> List.of(cmp.left(), cmp.right());
          case Condition.Between b -> List.of(b.value(), b.low(), b.high());
          case Condition.Function f -> f.arguments();
          default -> List.of();
        };
    String name = null;
    for (Operand o : operands) {
      if (o instanceof Operand.Path p) {
        if (name != null) {
          throw invalid(
              "Invalid condition in KeyConditionExpression: Multiple attribute names used in one"
                  + " condition");
        }
        if (p.path().nested()) {
          throw invalid("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        name = p.path().head();
      }
    }
    if (name == null) {
      throw invalid("Invalid condition in KeyConditionExpression: No key attribute specified");
    }
    if (byName.put(name, c) != null) {
      throw invalid("KeyConditionExpressions must only contain one condition per key");
    }
  }

  private static io.stepwell.server.AwsException invalid(String message) {
    return DynamoErrors.validation("Invalid KeyConditionExpression: " + message);
  }
}
