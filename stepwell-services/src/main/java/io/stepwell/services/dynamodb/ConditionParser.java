package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses condition expressions (also filters and key conditions): {@code OR} binds loosest, then
 * {@code AND}, then {@code NOT}; comparisons, {@code BETWEEN}, {@code IN} and functions.
 */
final class ConditionParser extends ExpressionParser {
  private static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");
  private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "BETWEEN", "IN");
  private static final Map<String, Integer> FUNCTIONS =
      Map.of(
          "attribute_exists", 1,
          "attribute_not_exists", 1,
          "attribute_type", 2,
          "begins_with", 2,
          "contains", 2,
          "size", 1);
  private static final List<Problem> ORDER =
      List.of(
          Problem.UNKNOWN_FUNCTION,
          Problem.MISUSED_FUNCTION,
          Problem.RESERVED,
          Problem.ATTRIBUTE_NAME,
          Problem.ATTRIBUTE_VALUE,
          Problem.OPERAND_COUNT,
          Problem.DISTINCT,
          Problem.FUNCTION);

  private ConditionParser(String label, String source, ExpressionContext context) {
    super(label, source, context);
  }

  /**
   * Parses an expression.
   *
   * @param label the request member, as messages name it ({@code ConditionExpression}...)
   */
  static Condition parse(String label, String source, ExpressionContext context) {
    ConditionParser parser = new ConditionParser(label, source, context);
    Condition condition = parser.or();
    parser.finish(ORDER);
    return condition;
  }

  @Override
  boolean keyword(Token t) {
    return t.kind() == Token.Kind.NAME && KEYWORDS.stream().anyMatch(t::is);
  }

  private Condition or() {
    Condition left = and();
    while (accept("OR")) {
      left = new Condition.Or(left, and());
    }
    return left;
  }

  private Condition and() {
    Condition left = not();
    while (accept("AND")) {
      left = new Condition.And(left, not());
    }
    return left;
  }

  private Condition not() {
    if (accept("NOT")) {
      return new Condition.Not(not());
    }
    if (accept("(")) {
      Condition inner = or();
      expect(")");
      return inner;
    }
    return predicate();
  }

  private Condition predicate() {
    if (isFunctionCall()) {
      Token name = peek();
      List<Operand> args = call();
      String fn = name.text();
      if (!fn.equals("size")
          && !COMPARATORS.contains(peek().text())
          && !peek().is("BETWEEN")
          && !peek().is("IN")) {
        return new Condition.Function(fn, args);
      }
      Operand left = functionOperand(fn, args);
      return comparison(left);
    }
    return comparison(operand());
  }

  private Condition comparison(Operand left) {
    Token t = peek();
    if (t.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(t.text())) {
      next();
      Operand right = operand();
      if (left instanceof Operand.Path a && right instanceof Operand.Path b && a.equals(b)) {
        problem(
            Problem.DISTINCT,
            "The first operand must be distinct from the remaining operands for this operator or"
                + " function; operator: "
                + t.text()
                + ", first operand: "
                + a.path());
      }
      return new Condition.Compare(t.text(), left, right);
    }
    if (accept("BETWEEN")) {
      Operand low = operand();
      expect("AND");
      Operand high = operand();
      checkBounds(low, high);
      return new Condition.Between(left, low, high);
    }
    if (accept("IN")) {
      expect("(");
      List<Operand> candidates = new ArrayList<>();
      do {
        candidates.add(operand());
      } while (accept(","));
      expect(")");
      return new Condition.In(left, candidates);
    }
    if (left instanceof Operand.Size) {
      problem(
          Problem.MISUSED_FUNCTION,
          "The function is not allowed to be used this way in an expression; function: size");
      return new Condition.Function("size", List.of(left));
    }
    throw syntaxError();
  }

  private void checkBounds(Operand low, Operand high) {
    if (!(low instanceof Operand.Value lo) || !(high instanceof Operand.Value hi)) {
      return;
    }
    String t1 = AttributeValues.type(lo.value());
    String t2 = AttributeValues.type(hi.value());
    String bounds =
        "lower bound operand: AttributeValue: {"
            + t1
            + ":"
            + lo.value().get(t1)
            + "}, upper bound operand: AttributeValue: {"
            + t2
            + ":"
            + hi.value().get(t2)
            + "}";
    if (!t1.equals(t2)) {
      problem(
          Problem.FUNCTION,
          "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
    } else if (AttributeValues.ordered(t1) && AttributeValues.compare(lo.value(), hi.value()) > 0) {
      problem(
          Problem.FUNCTION,
          "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
              + bounds);
    }
  }

  private boolean isFunctionCall() {
    return peek().kind() == Token.Kind.NAME && !keyword(peek()) && peek(1).is("(");
  }

  /** An operand: a path, a value, or {@code size(...)}. */
  private Operand operand() {
    Token t = peek();
    if (t.kind() == Token.Kind.VALUE_REF) {
      next();
      return new Operand.Value(valueRef(t));
    }
    if (isFunctionCall()) {
      String fn = t.text();
      return functionOperand(fn, call());
    }
    if (atPathStart()) {
      return new Operand.Path(path());
    }
    throw syntaxError();
  }

  private Operand functionOperand(String fn, List<Operand> args) {
    if (!fn.equals("size")) {
      if (FUNCTIONS.containsKey(fn)) {
        problem(
            Problem.MISUSED_FUNCTION,
            "The function is not allowed to be used this way in an expression; function: " + fn);
      }
      return args.isEmpty() ? new Operand.Value(AttributeValues.of("NULL", true)) : args.get(0);
    }
    return new Operand.Size(args.isEmpty() ? new Operand.Value(Map.of("NULL", true)) : args.get(0));
  }

  /** A function call's arguments, checked against what the function takes. */
  private List<Operand> call() {
    String fn = next().text();
    expect("(");
    List<Operand> args = new ArrayList<>();
    do {
      args.add(operand());
    } while (accept(","));
    expect(")");
    Integer arity = FUNCTIONS.get(fn);
    if (arity == null) {
      problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + fn);
      return args;
    }
    if (arity != args.size()) {
      problem(
          Problem.OPERAND_COUNT,
          "Incorrect number of operands for operator or function; operator or function: "
              + fn
              + ", number of operands: "
              + args.size());
      return args;
    }
    checkArguments(fn, args);
    return args;
  }

  private void checkArguments(String fn, List<Operand> args) {
    switch (fn) {
      case "attribute_exists", "attribute_not_exists" -> requirePath(fn, args.get(0));
      case "attribute_type" -> {
        requirePath(fn, args.get(0));
        String type = valueType(args.get(1));
        if (!"S".equals(type)) {
          operandType(fn, type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type);
        } else {
          Object name = ((Operand.Value) args.get(1)).value().get("S");
          if (!AttributeValues.TYPES.contains(name)) {
            problem(
                Problem.FUNCTION,
                "Invalid attribute type name found; type: "
                    + name
                    + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
          }
        }
      }
      case "begins_with" -> {
        for (Operand arg : args) {
          String type = valueType(arg);
          if (type != null && !type.equals("S") && !type.equals("B")) {
            operandType(fn, type);
          }
        }
      }
      case "size" -> {
        String type = valueType(args.get(0));
        if (type != null && List.of("N", "BOOL", "NULL").contains(type)) {
          operandType(fn, type);
        }
      }
      default -> {}
    }
  }

  private void requirePath(String fn, Operand arg) {
    if (!(arg instanceof Operand.Path)) {
      problem(
          Problem.FUNCTION,
          "Operator or function requires a document path; operator or function: " + fn);
    }
  }

  private void operandType(String fn, String type) {
    problem(
        Problem.FUNCTION,
        "Incorrect operand type for operator or function; operator or function: "
            + fn
            + ", operand type: "
            + type);
  }

  private static String valueType(Operand operand) {
    return operand instanceof Operand.Value v ? AttributeValues.type(v.value()) : null;
  }
}
