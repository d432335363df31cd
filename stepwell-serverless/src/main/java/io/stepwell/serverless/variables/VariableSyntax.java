package io.stepwell.serverless.variables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the Framework's {@code ${...}} variables in a string value, as its parser does: a variable
 * starts with a lowercase source type followed by {@code :} or {@code (}; anything else inside
 * {@code ${}} (CloudFormation's {@code ${AWS::Region}}, {@code ${Logical.Attr}}, {@code ${name}})
 * is left as text for {@code Fn::Sub}. Fallbacks are separated by commas: other sources, quoted
 * strings, numbers, booleans and {@code null}, or a nested variable.
 */
final class VariableSyntax {
  private static final Pattern START = Pattern.compile("\\$\\{[a-z][a-zA-Z0-9.\\-]*[:(]");

  private final String text;
  private int index;

  private VariableSyntax(String text) {
    this.text = text;
  }

  /** The parts of {@code text}. */
  static Template parse(String text) {
    return new VariableSyntax(text).template(false);
  }

  /** Text up to the end, or (inside a variable) up to a comma or closing brace at this depth. */
  private Template template(boolean inside) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (index < text.length()) {
      char c = text.charAt(index);
      if (inside && (c == ',' || c == '}' || c == ')')) {
        break;
      }
      if (c == '$' && startsVariable(index)) {
        if (!literal.isEmpty()) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(variable());
        continue;
      }
      literal.append(c);
      index++;
    }
    if (!literal.isEmpty()) {
      parts.add(inside ? literal.toString().trim() : literal.toString());
    }
    return new Template(parts);
  }

  private boolean startsVariable(int at) {
    return START.matcher(text).region(at, text.length()).lookingAt();
  }

  private Variable variable() {
    int start = index;
    index += 2;
    List<Source> sources = new ArrayList<>();
    while (true) {
      skipSpaces();
      sources.add(source());
      skipSpaces();
      if (index >= text.length()) {
        throw new VariableSyntaxException(start, "missing closing '}'");
      }
      char c = text.charAt(index++);
      if (c == '}') {
        return new Variable(sources, text.substring(start, index), start);
      }
      if (c != ',') {
        throw new VariableSyntaxException(index - 1, "unexpected '" + c + "'");
      }
    }
  }

  private Source source() {
    if (index >= text.length()) {
      throw new VariableSyntaxException(index, "missing closing '}'");
    }
    char c = text.charAt(index);
    if (c == '$' && startsVariable(index)) {
      return variable();
    }
    if (c == '\'' || c == '"') {
      return new Source.Literal(quoted(c));
    }
    int start = index;
    while (index < text.length() && isTokenChar(text.charAt(index))) {
      index++;
    }
    String token = text.substring(start, index);
    if (index < text.length() && text.charAt(index) == '(') {
      index++;
      List<Template> params = params();
      Template address = null;
      if (index < text.length() && text.charAt(index) == ':') {
        index++;
        address = template(true);
      }
      return new Source.Reference(token, params, address);
    }
    if (index < text.length() && text.charAt(index) == ':' && isType(token)) {
      index++;
      return new Source.Reference(token, List.of(), template(true));
    }
    return new Source.Literal(literal(token, start));
  }

  private List<Template> params() {
    List<Template> params = new ArrayList<>();
    while (true) {
      skipSpaces();
      if (index >= text.length()) {
        throw new VariableSyntaxException(index, "missing ')'");
      }
      char c = text.charAt(index);
      if (c == ')') {
        index++;
        return params;
      }
      if (c == '\'' || c == '"') {
        params.add(new Template(List.of(quoted(c))));
      } else {
        params.add(template(true));
      }
      skipSpaces();
      if (index < text.length() && text.charAt(index) == ',') {
        index++;
      }
    }
  }

  private String quoted(char quote) {
    int start = index++;
    StringBuilder out = new StringBuilder();
    while (index < text.length()) {
      char c = text.charAt(index++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\\' && quote == '"' && index < text.length()) {
        c = text.charAt(index++);
      }
      out.append(c);
    }
    throw new VariableSyntaxException(start, "unterminated string");
  }

  private static Object literal(String token, int at) {
    return switch (token) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> {
        try {
          yield token.contains(".") ? (Object) Double.parseDouble(token) : Long.parseLong(token);
        } catch (NumberFormatException e) {
          throw new VariableSyntaxException(
              at,
              "invalid source '"
                  + token
                  + "' (a fallback is another source, a quoted string, a number or a boolean)");
        }
      }
    };
  }

  private static boolean isType(String token) {
    return token.matches("[a-z][a-zA-Z0-9]*");
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
  }

  private void skipSpaces() {
    while (index < text.length() && text.charAt(index) == ' ') {
      index++;
    }
  }
}
