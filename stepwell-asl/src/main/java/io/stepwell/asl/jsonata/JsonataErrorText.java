package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.JException;
import io.stepwell.asl.json.Json;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text AWS gives a failed JSONata evaluation after "threw an error during evaluation.": the
 * JSONata error code and jsonata-js's message for it, as in {@code T1006: Attempted to invoke a
 * non-function}.
 *
 * <p>The dashjoin port renders messages differently: its catalog says "Object" where jsonata-js
 * says "function", it quotes every value it inserts where jsonata-js writes JSON, and a few of its
 * errors carry the whole message in the code slot. So the text is composed here from the code and
 * the values the exception carries.
 */
final class JsonataErrorText {
  private static final Pattern CODE = Pattern.compile("[A-Z]\\d{4}");
  private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile(" ?\\{\\{\\{?\\w+}}}?");
  private static final Pattern CALL_BEFORE = Pattern.compile("\\$(\\w+)\\s*\\($");
  private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*)\"");
  private static final String CURRENT = "\u0001current\u0001";
  private static final String EXPECTED = "\u0001expected\u0001";

  /** jsonata-js's names for the element types of a typed array parameter. */
  private static final Map<String, String> ARRAY_ELEMENT_TYPES =
      Map.of(
          "a", "arrays",
          "b", "booleans",
          "f", "functions",
          "n", "numbers",
          "o", "objects",
          "s", "strings");

  /** Errors the port raises with the message in the code slot, and their jsonata-js codes. */
  private static final Map<String, String> CODE_OF_MESSAGE =
      Map.of(
          "Second argument of replace function cannot be an empty string", "D3010",
          "Fourth argument of replace function must evaluate to a positive number", "D3011");

  static final String STACK_OVERFLOW =
      "U1001: Stack overflow error: Check for non-terminating recursive function. Consider"
          + " rewriting as tail-recursive.";
  static final String TIMEOUT = "U1001: Expression evaluation timeout: Check for infinite loop";

  private JsonataErrorText() {}

  /** The text for a failure of evaluating {@code expression}. */
  static String of(RuntimeException failure, String expression) {
    // The port wraps what a function threw in a bare RuntimeException.
    RuntimeException unwrapped = failure;
    while (unwrapped.getClass() == RuntimeException.class
        && unwrapped.getCause() instanceof RuntimeException cause) {
      unwrapped = cause;
    }
    return switch (unwrapped) {
      case AddedFunctionError e -> e.getMessage();
      case JsonataValues.NonFiniteNumberException e ->
          "D1001: Number out of range: " + numberText(e.value());
      case JException e -> ofJsonata(e, expression);
      // $number() and $toMillis() let the JDK's parse failures out where jsonata-js has codes.
      case NumberFormatException e -> numberCast(e);
      case DateTimeParseException e ->
          "D3110: The argument of the toMillis function must be an ISO 8601 formatted timestamp."
              + " Given "
              + json(e.getParsedString());
      default -> unwrapped.getMessage() != null ? unwrapped.getMessage() : unwrapped.toString();
    };
  }

  private static String numberCast(NumberFormatException e) {
    Matcher input = NUMBER_INPUT.matcher(String.valueOf(e.getMessage()));
    return "D3030: Unable to cast value to a number"
        + (input.find() ? ": " + json(input.group(1)) : "");
  }

  private static String ofJsonata(JException e, String expression) {
    String code = e.getError();
    if (code == null) {
      return e.getMessage();
    }
    if (!CODE.matcher(code).matches()) {
      if (code.startsWith("Stack overflow error")) {
        return STACK_OVERFLOW;
      }
      if (code.startsWith("Expression evaluation timeout")) {
        return TIMEOUT;
      }
      String known = CODE_OF_MESSAGE.get(code);
      return known != null ? known + ": " + code : code;
    }
    return code + ": " + message(e, code, expression);
  }

  private static String message(JException e, String code, String expression) {
    Object current = e.getCurrent();
    Object expected = e.getExpected();
    if (code.equals("T0412")) {
      // The port hands over the offending argument and the element type, not the index or the
      // function; every built-in with a typed array parameter has it first.
      String function = functionCalledAt(expression, e.getLocation());
      String type = ARRAY_ELEMENT_TYPES.getOrDefault(String.valueOf(expected), "values");
      return "Argument 1 of function "
          + (function != null ? json(function) + " " : "")
          + "must be an array of "
          + json(type);
    }
    if (code.equals("D3137") || code.equals("D3141")) {
      return String.valueOf(current);
    }
    String template = JException.msg(code, -1, CURRENT, EXPECTED).replace("Object", "function");
    String rendered =
        template
            .replace('"' + CURRENT + '"', json(current))
            .replace('"' + EXPECTED + '"', json(expected))
            .replace(CURRENT, String.valueOf(current))
            .replace(EXPECTED, String.valueOf(expected));
    return LEFTOVER_PLACEHOLDER.matcher(rendered).replaceAll("");
  }

  /** The name of the function called at {@code position}, read back from the expression text. */
  private static String functionCalledAt(String expression, int position) {
    if (expression == null || position < 0 || position > expression.length()) {
      return null;
    }
    Matcher call = CALL_BEFORE.matcher(expression.substring(0, position));
    return call.find() ? call.group(1) : null;
  }

  /** A value inserted into a message, written as JSON as jsonata-js writes it. */
  static String json(Object value) {
    if (value instanceof Number number) {
      return numberText(number.doubleValue());
    }
    try {
      Object plain = JsonataValues.fromJsonata(value);
      return JsonataTemplate.UNDEFINED.equals(plain) ? "undefined" : Json.write(plain);
    } catch (RuntimeException e) {
      return String.valueOf(value);
    }
  }

  private static String numberText(double d) {
    if (!Double.isFinite(d)) {
      return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
    return Json.write(JsonataValues.numberToJson(d));
  }
}
