package io.stepwell.asl.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Choice rules. With JSONPath a rule is exactly one of {@code And}, {@code Or}, {@code Not} or a
 * {@code Variable} with exactly one comparison; with JSONata it is a {@code Condition}. Only the
 * top-level rules carry {@code Next} (and {@code Output}, {@code Assign}).
 */
final class ChoiceChecks {
  private static final List<String> BOOLEAN_OPERATORS = List.of("And", "Or", "Not", "Variable");
  private static final Set<String> TOP_ONLY = Set.of("Next", "Assign", "Output");

  private ChoiceChecks() {}

  static void check(StateScope s) {
    Node node = s.node();
    node.string("Default");
    if (!node.has("Choices")) {
      return;
    }
    List<Object> rules = node.nonEmptyArray("Choices");
    if (rules == null) {
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      Node rule = Node.of(rules.get(i), "Choices", node.loc("Choices").index(i), s.findings());
      if (rule != null) {
        rule(rule, true, s);
      }
    }
  }

  private static void rule(Node rule, boolean top, StateScope s) {
    Set<String> allowed = new HashSet<>(Set.of("Comment"));
    if (top) {
      allowed.addAll(TOP_ONLY);
    }
    if (s.jsonata()) {
      allowed.add("Condition");
    } else {
      allowed.addAll(BOOLEAN_OPERATORS);
      allowed.addAll(Comparison.NAMES);
      allowed.remove("Output");
    }
    if (rule.require(requiredFields(top, s))) {
      for (String field : rule.fields().keySet()) {
        if (allowed.contains(field)) {
          continue;
        }
        Language only = languageOf(field);
        if (only != null && only != s.language() && (top || !TOP_ONLY.contains(field))) {
          rule.schema(Messages.onlyForOtherLanguage(s.language(), field));
        } else {
          rule.schema(Messages.notSupported(field));
        }
      }
    }
    rule.string("Next");
    if (top && rule.has("Assign")) {
      AssignChecks.check(rule.get("Assign"), rule.loc("Assign"), s.language(), s.findings());
    }
    if (s.jsonata()) {
      if (top && rule.has("Output")) {
        PayloadChecks.jsonata(rule.get("Output"), rule.loc("Output"), s.findings());
      }
      Object condition = rule.get("Condition");
      if (rule.has("Condition")
          && !(condition instanceof Boolean)
          && !Values.isJsonata(condition)) {
        rule.findings().schema(Messages.jsonataString(), rule.loc("Condition"));
      }
    } else {
      jsonPathRule(rule, s);
    }
  }

  private static List<String> requiredFields(boolean top, StateScope s) {
    List<String> required = new ArrayList<>();
    if (s.jsonata()) {
      required.add("Condition");
    }
    if (top) {
      required.add("Next");
    }
    return required;
  }

  private static void jsonPathRule(Node rule, StateScope s) {
    List<String> operators = BOOLEAN_OPERATORS.stream().filter(rule::has).toList();
    if (operators.size() > 1) {
      rule.schema(Messages.onlyOneOf(operators));
      return;
    }
    if (operators.isEmpty()) {
      rule.schema(Messages.exactlyOneOf(BOOLEAN_OPERATORS));
      return;
    }
    List<String> comparisons = Comparison.NAMES.stream().filter(rule::has).toList();
    switch (operators.get(0)) {
      case "Variable" -> {
        rule.path("Variable", false);
        if (comparisons.size() != 1) {
          rule.schema(
              comparisons.isEmpty()
                  ? Messages.exactlyOneOf(Comparison.NAMES)
                  : Messages.onlyOneOf(comparisons));
        } else {
          Comparison.check(rule, comparisons.get(0));
        }
      }
      case "Not" -> {
        noComparisons(rule, comparisons);
        Node inner = Node.of(rule.get("Not"), "Not", rule.loc("Not"), s.findings());
        if (inner != null) {
          rule(inner, false, s);
        }
      }
      default -> {
        noComparisons(rule, comparisons);
        String op = operators.get(0);
        List<Object> nested = rule.nonEmptyArray(op);
        if (nested != null) {
          for (int i = 0; i < nested.size(); i++) {
            Node inner = Node.of(nested.get(i), op, rule.loc(op).index(i), s.findings());
            if (inner != null) {
              rule(inner, false, s);
            }
          }
        }
      }
    }
  }

  private static void noComparisons(Node rule, List<String> comparisons) {
    for (String c : comparisons) {
      rule.schema(Messages.notSupported(c));
    }
  }

  private static Language languageOf(String field) {
    if (field.equals("Condition") || field.equals("Output")) {
      return Language.JSONATA;
    }
    if (BOOLEAN_OPERATORS.contains(field) || Comparison.NAMES.contains(field)) {
      return Language.JSONPATH;
    }
    return null;
  }
}
