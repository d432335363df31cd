package io.stepwell.asl.choice;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.JsonPathExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the rule objects of a JSONPath Choice state into {@link ChoiceRule}s, compiling every path
 * once. The validator reports definition errors with AWS's wording; the exceptions here are a
 * safety net for a rule that reaches the interpreter malformed.
 */
public final class ChoiceRules {
  private static final Map<String, ComparisonOperator> LITERAL_OPERATORS = new HashMap<>();
  private static final Map<String, ComparisonOperator> PATH_OPERATORS = new HashMap<>();
  private static final Map<String, TypeCheck> TYPE_CHECKS = new HashMap<>();

  static {
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      LITERAL_OPERATORS.put(operator.aslName(), operator);
      if (operator.hasPathVariant()) {
        PATH_OPERATORS.put(operator.aslName() + "Path", operator);
      }
    }
    for (TypeCheck check : TypeCheck.values()) {
      TYPE_CHECKS.put(check.aslName(), check);
    }
  }

  private ChoiceRules() {}

  /**
   * Parses one rule object as it appears in a Choice state's {@code Choices} array. The {@code
   * Next}, {@code Assign} and {@code Comment} fields of that top-level rule are ignored here.
   *
   * @throws IllegalArgumentException when the rule is malformed: no operator or more than one, an
   *     unknown field, a literal of the wrong type, an invalid path, an empty {@code And}/{@code
   *     Or}
   */
  public static ChoiceRule parse(Map<String, Object> rule) {
    return parseRule(rule, true);
  }

  private static ChoiceRule parseRule(Object node, boolean topLevel) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("A Choice rule must be an object, not " + describe(node));
    }
    Map<String, Object> rule = Json.asObject(node);
    String operator = null;
    for (String key : rule.keySet()) {
      switch (key) {
        case "Comment", "Variable" -> {}
        case "Next", "Assign" -> {
          if (!topLevel) {
            throw invalid(rule, "'" + key + "' is allowed only in a top-level Choice rule");
          }
        }
        case "Condition" ->
            throw invalid(rule, "'Condition' is a JSONata field; this rule is read as JSONPath");
        default -> {
          if (!isOperator(key)) {
            throw invalid(rule, "unknown field '" + key + "'");
          }
          if (operator != null) {
            throw invalid(rule, "more than one operator: '" + operator + "' and '" + key + "'");
          }
          operator = key;
        }
      }
    }
    if (operator == null) {
      throw invalid(rule, "no operator (And, Or, Not, a comparison or a type test)");
    }
    return switch (operator) {
      case "And" -> new AndRule(nestedRules(rule, operator));
      case "Or" -> new OrRule(nestedRules(rule, operator));
      case "Not" -> {
        noVariable(rule, operator);
        yield new NotRule(parseRule(rule.get(operator), false));
      }
      default -> comparison(rule, operator);
    };
  }

  private static boolean isOperator(String key) {
    return key.equals("And")
        || key.equals("Or")
        || key.equals("Not")
        || LITERAL_OPERATORS.containsKey(key)
        || PATH_OPERATORS.containsKey(key)
        || TYPE_CHECKS.containsKey(key);
  }

  private static List<ChoiceRule> nestedRules(Map<String, Object> rule, String operator) {
    noVariable(rule, operator);
    if (!(rule.get(operator) instanceof List<?> items) || items.isEmpty()) {
      throw invalid(rule, "'" + operator + "' must be a non-empty array of Choice rules");
    }
    List<ChoiceRule> rules = new ArrayList<>(items.size());
    for (Object item : items) {
      rules.add(parseRule(item, false));
    }
    return rules;
  }

  private static void noVariable(Map<String, Object> rule, String operator) {
    if (rule.containsKey("Variable")) {
      throw invalid(rule, "'Variable' does not go with '" + operator + "'");
    }
  }

  private static ChoiceRule comparison(Map<String, Object> rule, String operator) {
    JsonPathExpr variable = path(rule, "Variable");
    Object value = rule.get(operator);
    TypeCheck check = TYPE_CHECKS.get(operator);
    if (check != null) {
      if (!(value instanceof Boolean expected)) {
        throw invalid(rule, "'" + operator + "' must be true or false, not " + describe(value));
      }
      return new TypeTest(variable, check, expected);
    }
    ComparisonOperator pathOperator = PATH_OPERATORS.get(operator);
    if (pathOperator != null) {
      return new Comparison(variable, pathOperator, new PathOperand(path(rule, operator)));
    }
    ComparisonOperator literalOperator = LITERAL_OPERATORS.get(operator);
    try {
      return new Comparison(
          variable, literalOperator, new LiteralOperand(literalOperator.prepareLiteral(value)));
    } catch (IllegalArgumentException e) {
      throw invalid(rule, e.getMessage());
    }
  }

  private static JsonPathExpr path(Map<String, Object> rule, String field) {
    if (!(rule.get(field) instanceof String text)) {
      throw invalid(
          rule, "'" + field + "' must be a path string, not " + describe(rule.get(field)));
    }
    try {
      return JsonPathExpr.compile(text);
    } catch (IllegalArgumentException e) {
      throw invalid(rule, "'" + field + "': " + e.getMessage());
    }
  }

  private static IllegalArgumentException invalid(Map<String, Object> rule, String reason) {
    return new IllegalArgumentException("Invalid Choice rule " + Json.write(rule) + ": " + reason);
  }

  /** A value's JSON type and text, for messages. */
  static String describe(Object value) {
    return value == null ? "null" : Json.typeName(value) + " " + Json.write(value);
  }
}
