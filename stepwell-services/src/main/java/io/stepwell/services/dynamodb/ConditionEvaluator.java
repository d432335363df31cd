package io.stepwell.services.dynamodb;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Evaluates conditions against an item as DynamoDB does: a comparison with a missing attribute or
 * with a value of another type is false ({@code <>} true), order is defined on strings, numbers and
 * binaries only.
 */
final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** Whether the item (empty or {@code null} when there is none) satisfies the condition. */
  static boolean matches(Condition condition, Map<String, Object> item) {
    Map<String, Object> it = item == null ? Map.of() : item;
    return switch (condition) {
      case Condition.And and -> matches(and.left(), it) && matches(and.right(), it);
      case Condition.Or or -> matches(or.left(), it) || matches(or.right(), it);
      case Condition.Not not -> !matches(not.condition(), it);
      case Condition.Compare c -> compare(c.operator(), value(c.left(), it), value(c.right(), it));
      case Condition.Between b -> {
        Map<String, Object> v = value(b.value(), it);
        yield compare(">=", v, value(b.low(), it)) && compare("<=", v, value(b.high(), it));
      }
      case Condition.In in -> {
        Map<String, Object> v = value(in.value(), it);
        yield in.candidates().stream()
            .anyMatch(candidate -> AttributeValues.equal(v, value(candidate, it)));
      }
      case Condition.Function f -> function(f.name(), f.arguments(), it);
    };
  }

  /** An operand's value, or {@code null} when the attribute is missing. */
  static Map<String, Object> value(Operand operand, Map<String, Object> item) {
    return switch (operand) {
      case Operand.Value v -> v.value();
      case Operand.Path p -> p.path().read(item);
      case Operand.Size s -> size(value(s.of(), item));
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> size(Map<String, Object> value) {
    if (value == null) {
      return null;
    }
    String type = AttributeValues.type(value);
    Object payload = value.get(type);
    long size =
        switch (type) {
          case "S" -> ((String) payload).getBytes(StandardCharsets.UTF_8).length;
          case "B" -> AttributeValues.bytes(payload).length;
          case "SS", "NS", "BS", "L" -> ((List<Object>) payload).size();
          case "M" -> ((Map<String, Object>) payload).size();
          default -> -1;
        };
    return size < 0 ? null : AttributeValues.number(BigDecimal.valueOf(size));
  }

  private static boolean compare(String operator, Map<String, Object> a, Map<String, Object> b) {
    if (operator.equals("=")) {
      return AttributeValues.equal(a, b);
    }
    if (operator.equals("<>")) {
      return !AttributeValues.equal(a, b);
    }
    if (a == null || b == null) {
      return false;
    }
    String type = AttributeValues.type(a);
    if (!type.equals(AttributeValues.type(b)) || !AttributeValues.ordered(type)) {
      return false;
    }
    int order = AttributeValues.compare(a, b);
    return switch (operator) {
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      default -> order >= 0;
    };
  }

  @SuppressWarnings("unchecked")
  private static boolean function(String name, List<Operand> args, Map<String, Object> item) {
    Map<String, Object> first = value(args.get(0), item);
    if (name.equals("attribute_exists")) {
      return first != null;
    }
    if (name.equals("attribute_not_exists")) {
      return first == null;
    }
    Map<String, Object> second = value(args.get(1), item);
    if (first == null || second == null) {
      return false;
    }
    String t1 = AttributeValues.type(first);
    String t2 = AttributeValues.type(second);
    Object x = first.get(t1);
    Object y = second.get(t2);
    return switch (name) {
      case "attribute_type" -> t1.equals(y);
      case "begins_with" ->
          t1.equals(t2)
              && (t1.equals("S")
                  ? ((String) x).startsWith((String) y)
                  : t1.equals("B")
                      && startsWith(AttributeValues.bytes(x), AttributeValues.bytes(y)));
      case "contains" ->
          switch (t1) {
            case "S" -> t2.equals("S") && ((String) x).contains((String) y);
            case "SS", "NS", "BS" ->
                t1.equals(t2 + "S")
                    && ((List<Object>) x)
                        .stream()
                            .anyMatch(
                                m -> AttributeValues.equal(AttributeValues.of(t2, m), second));
            case "L" ->
                ((List<Object>) x)
                    .stream().anyMatch(m -> AttributeValues.equal((Map<String, Object>) m, second));
            default -> false;
          };
      default -> false;
    };
  }

  private static boolean startsWith(byte[] value, byte[] prefix) {
    return value.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(value, prefix.length), prefix);
  }
}
