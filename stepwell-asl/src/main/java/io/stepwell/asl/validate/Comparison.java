package io.stepwell.asl.validate;

import java.util.ArrayList;
import java.util.List;

/** The comparison operators of a JSONPath Choice rule and the value each takes. */
final class Comparison {
  private static final List<String> TYPED = List.of("String", "Numeric", "Boolean", "Timestamp");
  private static final List<String> RELATIONS =
      List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals");
  private static final List<String> TESTS =
      List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");

  /** Every operator, e.g. {@code StringEquals}, {@code NumericLessThanPath}, {@code IsNull}. */
  static final List<String> NAMES = names();

  private Comparison() {}

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (String type : TYPED) {
      for (String relation : RELATIONS) {
        if (type.equals("Boolean") && !relation.equals("Equals")) {
          continue;
        }
        out.add(type + relation);
        out.add(type + relation + "Path");
      }
    }
    out.add("StringMatches");
    out.addAll(TESTS);
    return List.copyOf(out);
  }

  /** Checks the value of the rule's one comparison. */
  static void check(Node rule, String operator) {
    if (operator.endsWith("Path")) {
      rule.path(operator, false);
    } else if (operator.startsWith("Is") || operator.startsWith("Boolean")) {
      rule.bool(operator);
    } else if (operator.startsWith("Numeric")) {
      if (!(rule.get(operator) instanceof Number)) {
        rule.findings().schema(Messages.wrongType(operator, "a number"), rule.loc(operator));
      }
    } else {
      rule.string(operator);
    }
  }
}
