package io.stepwell.services.dynamodb;

import io.stepwell.services.dynamodb.UpdateAction.ValueExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses update expressions: {@code SET}, {@code REMOVE}, {@code ADD}, {@code DELETE} sections. */
final class UpdateParser extends ExpressionParser {
  private static final List<String> SECTIONS = List.of("SET", "REMOVE", "ADD", "DELETE");
  private static final Map<String, String> TYPE_NAMES =
      Map.of(
          "S", "STRING",
          "N", "NUMBER",
          "B", "BINARY",
          "NULL", "NULL",
          "BOOL", "BOOLEAN",
          "L", "LIST",
          "M", "MAP");
  private static final List<Problem> ORDER =
      List.of(
          Problem.RESERVED,
          Problem.UNKNOWN_FUNCTION,
          Problem.SECTION,
          Problem.ATTRIBUTE_NAME,
          Problem.ATTRIBUTE_VALUE,
          Problem.PATH_OVERLAP,
          Problem.PATH_CONFLICT,
          Problem.OPERAND,
          Problem.FUNCTION);

  private final List<DocPath> paths = new ArrayList<>();

  private UpdateParser(String source, ExpressionContext context) {
    super("UpdateExpression", source, context);
  }

  static List<UpdateAction> parse(String source, ExpressionContext context) {
    UpdateParser parser = new UpdateParser(source, context);
    List<UpdateAction> actions = parser.sections();
    parser.finish(ORDER);
    return actions;
  }

  @Override
  boolean keyword(Token t) {
    return t.kind() == Token.Kind.NAME && SECTIONS.stream().anyMatch(t::is);
  }

  private List<UpdateAction> sections() {
    List<UpdateAction> actions = new ArrayList<>();
    java.util.Set<String> seen = new HashSet<>();
    do {
      Token section = peek();
      if (!keyword(section)) {
        throw syntaxError();
      }
      next();
      String name = section.text().toUpperCase(Locale.ROOT);
      if (!seen.add(name)) {
        problem(
            Problem.SECTION,
            "The \"" + name + "\" section can only be used once in an update expression;");
      }
      do {
        actions.add(action(name));
      } while (accept(","));
    } while (peek().kind() != Token.Kind.EOF);
    return actions;
  }

  private UpdateAction action(String section) {
    DocPath path = path();
    checkPath(path);
    return switch (section) {
      case "SET" -> {
        expect("=");
        yield new UpdateAction.Set(path, setValue());
      }
      case "REMOVE" -> new UpdateAction.Remove(path);
      default -> {
        Token t = next();
        if (t.kind() != Token.Kind.VALUE_REF) {
          throw syntaxError();
        }
        Map<String, Object> value = valueRef(t);
        String type = AttributeValues.type(value);
        String typeName = TYPE_NAMES.get(type);
        if (typeName != null && !(section.equals("ADD") && type.equals("N"))) {
          problem(
              Problem.OPERAND,
              "Incorrect operand type for operator or function; operator: "
                  + section
                  + ", operand type: "
                  + typeName);
        }
        yield section.equals("ADD")
            ? new UpdateAction.Add(path, value)
            : new UpdateAction.Delete(path, value);
      }
    };
  }

  private void checkPath(DocPath path) {
    for (DocPath earlier : paths) {
      if (earlier.conflicts(path)) {
        problem(
            Problem.PATH_CONFLICT,
            "Two document paths conflict with each other; must remove or rewrite one of these"
                + " paths; path one: "
                + earlier
                + ", path two: "
                + path);
      } else if (earlier.overlaps(path)) {
        problem(
            Problem.PATH_OVERLAP,
            "Two document paths overlap with each other; must remove or rewrite one of these"
                + " paths; path one: "
                + earlier
                + ", path two: "
                + path);
      }
    }
    paths.add(path);
  }

  private ValueExpression setValue() {
    ValueExpression left = operand();
    if (peek().is("+") || peek().is("-")) {
      String operator = next().text();
      ValueExpression right = operand();
      for (ValueExpression v : List.of(left, right)) {
        String type = immediateType(v);
        if (type != null && !type.equals("N")) {
          operandType(operator, type);
        }
      }
      return new ValueExpression.Arithmetic(operator, left, right);
    }
    return left;
  }

  private ValueExpression operand() {
    if (accept("(")) {
      ValueExpression inner = setValue();
      expect(")");
      return inner;
    }
    Token t = peek();
    if (t.kind() == Token.Kind.VALUE_REF) {
      next();
      return new ValueExpression.Plain(new Operand.Value(valueRef(t)));
    }
    if (t.kind() == Token.Kind.NAME && !keyword(t) && peek(1).is("(")) {
      return function();
    }
    if (atPathStart()) {
      return new ValueExpression.Plain(new Operand.Path(path()));
    }
    throw syntaxError();
  }

  private ValueExpression function() {
    String fn = next().text();
    expect("(");
    List<ValueExpression> args = new ArrayList<>();
    do {
      args.add(operand());
    } while (accept(","));
    expect(")");
    if (!fn.equals("if_not_exists") && !fn.equals("list_append")) {
      problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + fn);
      return args.get(0);
    }
    if (args.size() != 2) {
      problem(
          Problem.FUNCTION,
          "Incorrect number of operands for operator or function; operator or function: "
              + fn
              + ", number of operands: "
              + args.size());
      return args.get(0);
    }
    if (fn.equals("if_not_exists")) {
      if (!(args.get(0) instanceof ValueExpression.Plain p
          && p.operand() instanceof Operand.Path)) {
        problem(
            Problem.FUNCTION,
            "Operator or function requires a document path; operator or function: " + fn);
        return args.get(1);
      }
      DocPath path = ((Operand.Path) ((ValueExpression.Plain) args.get(0)).operand()).path();
      return new ValueExpression.IfNotExists(path, args.get(1));
    }
    for (ValueExpression v : args) {
      String type = immediateType(v);
      if (type != null && !type.equals("L")) {
        operandType(fn, type);
      }
    }
    return new ValueExpression.ListAppend(args.get(0), args.get(1));
  }

  private void operandType(String fn, String type) {
    problem(
        Problem.FUNCTION,
        "Incorrect operand type for operator or function; operator or function: "
            + fn
            + ", operand type: "
            + type);
  }

  private static String immediateType(ValueExpression v) {
    return v instanceof ValueExpression.Plain p && p.operand() instanceof Operand.Value value
        ? AttributeValues.type(value.value())
        : null;
  }
}
