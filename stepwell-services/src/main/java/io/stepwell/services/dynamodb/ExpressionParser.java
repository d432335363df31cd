package io.stepwell.services.dynamodb;

import io.stepwell.server.AwsException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What every expression parser shares: tokens, document paths, {@code #name}/{@code :value}
 * references, and DynamoDB's way of reporting problems. A syntax error is reported at once; the
 * other problems are collected while parsing and the first, in DynamoDB's order of checks, is
 * reported once the whole expression has parsed.
 */
abstract class ExpressionParser {
  /** The kinds of problem, each reported with its own message. */
  enum Problem {
    UNKNOWN_FUNCTION,
    MISUSED_FUNCTION,
    RESERVED,
    SECTION,
    ATTRIBUTE_NAME,
    ATTRIBUTE_VALUE,
    PATH_OVERLAP,
    PATH_CONFLICT,
    OPERAND_COUNT,
    DISTINCT,
    OPERAND,
    FUNCTION
  }

  final String label;
  final ExpressionContext context;
  private final String source;
  private final List<Token> tokens;
  private int pos;
  private final EnumMap<Problem, String> problems = new EnumMap<>(Problem.class);

  ExpressionParser(String label, String source, ExpressionContext context) {
    this.label = label;
    this.source = source;
    this.context = context;
    if (source.isEmpty()) {
      throw invalid("The expression can not be empty;");
    }
    this.tokens = ExpressionLexer.tokens(source);
  }

  final AwsException invalid(String message) {
    return DynamoErrors.validation("Invalid " + label + ": " + message);
  }

  final Token peek() {
    return tokens.get(pos);
  }

  final Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  final Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Token.Kind.EOF) {
      pos++;
    }
    return t;
  }

  final boolean accept(String symbol) {
    if (peek().is(symbol)) {
      next();
      return true;
    }
    return false;
  }

  final void expect(String symbol) {
    if (!accept(symbol)) {
      throw syntaxError();
    }
  }

  /** DynamoDB's syntax error at the current token: the token, and the text around it. */
  final AwsException syntaxError() {
    Token at = peek();
    int from = pos > 0 ? tokens.get(pos - 1).start() : at.start();
    int to = pos + 1 < tokens.size() ? tokens.get(pos + 1).end() : at.end();
    if (at.kind() == Token.Kind.EOF) {
      to = source.length();
    }
    return invalid(
        "Syntax error; token: \""
            + at.display()
            + "\", near: \""
            + source.substring(from, to)
            + "\"");
  }

  /** Records a problem; the first of each kind is kept. */
  final void problem(Problem kind, String message) {
    problems.putIfAbsent(kind, message);
  }

  /** Requires the end of the expression, then reports the first problem in DynamoDB's order. */
  final void finish(List<Problem> order) {
    if (peek().kind() != Token.Kind.EOF) {
      throw syntaxError();
    }
    for (Problem kind : order) {
      String message = problems.get(kind);
      if (message != null) {
        throw invalid(message);
      }
    }
  }

  final boolean atPathStart() {
    Token t = peek();
    return t.kind() == Token.Kind.NAME_REF || (t.kind() == Token.Kind.NAME && !keyword(t));
  }

  /** Whether a name token is a keyword of the expression language (not an attribute name). */
  abstract boolean keyword(Token t);

  /** A document path: {@code name}, {@code #ref}, then {@code .member} or {@code [index]}. */
  final DocPath path() {
    List<Object> elements = new ArrayList<>();
    elements.add(pathName());
    while (true) {
      if (accept(".")) {
        elements.add(pathName());
      } else if (peek().is("[")) {
        next();
        Token index = next();
        if (index.kind() != Token.Kind.NUMBER) {
          pos--;
          throw syntaxError();
        }
        elements.add(Integer.parseInt(index.text()));
        expect("]");
      } else {
        return new DocPath(elements);
      }
    }
  }

  private String pathName() {
    Token t = peek();
    if (t.kind() == Token.Kind.NAME_REF) {
      next();
      String name = context.name(t.text());
      if (name == null) {
        problem(
            Problem.ATTRIBUTE_NAME,
            "An expression attribute name used in the document path is not defined; attribute"
                + " name: "
                + t.text());
        return t.text();
      }
      return name;
    }
    if (t.kind() == Token.Kind.NAME && !keyword(t)) {
      next();
      if (ReservedWords.contains(t.text())) {
        problem(
            Problem.RESERVED,
            "Attribute name is a reserved keyword; reserved keyword: " + t.text());
      }
      return t.text();
    }
    throw syntaxError();
  }

  /** The value of a {@code :value} token just read (an empty NULL stand-in when undefined). */
  final Map<String, Object> valueRef(Token t) {
    Map<String, Object> value = context.value(t.text());
    if (value == null) {
      problem(
          Problem.ATTRIBUTE_VALUE,
          "An expression attribute value used in expression is not defined; attribute value: "
              + t.text());
      return AttributeValues.of("NULL", true);
    }
    return value;
  }
}
