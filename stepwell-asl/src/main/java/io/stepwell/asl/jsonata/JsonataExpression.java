package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code {% ... %}} expression, parsed once per definition and evaluated as often as its state
 * runs, from any number of threads at once: each evaluation gets a fresh frame with its own time
 * and nesting bounds.
 *
 * <p>An evaluation binds {@code $states} (a map with {@code input}, {@code context} and, where the
 * field has them, {@code result} and {@code errorOutput}) and each workflow variable as {@code
 * $name}; {@code $states} wins over a variable of that name. AWS's added functions are bound too,
 * and {@code $eval}, which AWS does not offer, is not. {@code $random()}, {@code $uuid()} and
 * {@code $shuffle()} draw from the {@link Entropy}; {@code $now()} and {@code $millis()} report the
 * instant given, by default the {@code State.EnteredTime} of {@code $states.context}.
 *
 * <p>Failures are {@code States.QueryEvaluationError} {@link StatesFailure}s with AWS's causes,
 * such as {@code The JSONata expression '$x + 1' specified for the field 'Output' threw an error
 * during evaluation. T2001: The left side of the "+" operator must evaluate to a number}.
 */
public final class JsonataExpression {
  /** How long one evaluation may run before it fails. */
  public static final long TIMEOUT_MILLIS = 5_000L;

  /**
   * How deep one evaluation may nest before it fails. AWS is reported to refuse depth 101 and
   * accept 100; it also keeps a non-terminating recursion far from the JVM's stack limit.
   */
  public static final int MAX_DEPTH = 100;

  private static final Pattern VARIABLE = Pattern.compile("\\$([\\p{L}\\p{N}_]+)");

  private final String text;
  private final Jsonata compiled;
  private final List<AddedFunction> functions;
  private final Set<String> variableNames;
  private final boolean readsStates;
  private final SimplePath simplePath;

  private JsonataExpression(String text, Jsonata compiled) {
    this.text = text;
    this.compiled = compiled;
    this.functions = FunctionLibrary.referencedBy(text);
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    this.readsStates = names.remove("states");
    this.variableNames = Set.copyOf(names);
    this.simplePath = SimplePath.of(text);
  }

  /** True for a string that starts with {@code {%} and ends with {@code %}}, as AWS decides. */
  public static boolean isExpression(Object fieldValue) {
    return fieldValue instanceof String s
        && s.length() >= 4
        && s.startsWith("{%")
        && s.endsWith("%}");
  }

  /**
   * Parses a field value with its {@code {% %}} markers.
   *
   * @throws JsonataSyntaxException when the text is not such a value, the expression is empty or
   *     not well-formed JSONata, or it uses an operator newer than AWS's JSONata 2.0.6
   */
  public static JsonataExpression parse(String text) {
    if (!isExpression(text)) {
      throw new JsonataSyntaxException(
          "A JSONata expression must start with '{%' and end with '%}': " + text, null, -1, null);
    }
    String expression = text.substring(2, text.length() - 2).strip();
    if (expression.isEmpty()) {
      throw new JsonataSyntaxException("The JSONata expression is empty: " + text, null, -1, null);
    }
    String newer = NewerOperators.find(expression);
    if (newer != null) {
      throw new JsonataSyntaxException(
          "The JSONata expression '"
              + expression
              + "' uses the operator '"
              + newer
              + "', which JSONata 2.0.6 as supported by Step Functions does not have",
          null,
          -1,
          null);
    }
    try {
      Jsonata compiled = Jsonata.jsonata(expression);
      compiled.setOutputConvertNulls(false);
      return new JsonataExpression(expression, compiled);
    } catch (JException e) {
      throw new JsonataSyntaxException(
          "The JSONata expression '"
              + expression
              + "' is not valid: "
              + JsonataErrorText.of(e, expression),
          e.getError(),
          e.getLocation(),
          e);
    } catch (RuntimeException e) {
      throw new JsonataSyntaxException(
          "The JSONata expression '" + expression + "' is not valid: " + e, null, -1, e);
    }
  }

  /** The expression between the markers, trimmed, as AWS quotes it in causes. */
  public String text() {
    return text;
  }

  /**
   * Evaluates the expression; a failure's cause does not name a field.
   *
   * @return a JSON value, or {@link JsonataTemplate#UNDEFINED} when the expression yields nothing
   * @throws StatesFailure {@code States.QueryEvaluationError} when evaluation fails or the result
   *     is a function
   */
  public Object evaluate(
      Map<String, Object> states, Map<String, Object> variables, Entropy entropy) {
    return evaluate(null, new EvaluationScope(states, variables, entropy, null));
  }

  /**
   * Evaluates the expression as the value of {@code field} (named in causes as AWS names it, such
   * as {@code Condition} or {@code Seconds}), with {@code $now()} reporting {@code now}, or the
   * state's entered time when {@code now} is {@code null}.
   *
   * @return a JSON value, or {@link JsonataTemplate#UNDEFINED} when the expression yields nothing
   * @throws StatesFailure {@code States.QueryEvaluationError} when evaluation fails or the result
   *     is a function
   */
  public Object evaluate(
      String field,
      Map<String, Object> states,
      Map<String, Object> variables,
      Entropy entropy,
      Instant now) {
    return evaluate(field, new EvaluationScope(states, variables, entropy, now));
  }

  /**
   * The failure AWS raises when a field's expression returned a value of a type the field does not
   * take, such as {@code The JSONata expression 'true' specified for the field 'Items' returned an
   * unexpected result type. Expected 'array', but was 'boolean' for value: true}.
   */
  public StatesFailure unexpectedResultType(String field, String expectedType, Object value) {
    return QueryEvaluationCauses.unexpectedType(text, field, expectedType, value);
  }

  /** The failure AWS raises when a field's expression returned nothing. */
  public StatesFailure returnedNothing(String field) {
    return QueryEvaluationCauses.undefined(text, field);
  }

  Object evaluate(String field, EvaluationScope scope) {
    if (simplePath != null) {
      Object value = simplePath.read(scope.rawStates(), scope.rawVariables());
      if (!SimplePath.declined(value)) {
        return value;
      }
    }
    Jsonata.Frame frame = compiled.createFrame();
    frame.setRuntimeBounds(TIMEOUT_MILLIS, MAX_DEPTH);
    for (String name : variableNames) {
      Object value = scope.variable(name);
      if (!EvaluationScope.ABSENT.equals(value)) {
        frame.bind(name, value);
      }
    }
    FunctionLibrary.bind(frame, functions, scope.invocation());
    if (readsStates) {
      frame.bind("states", scope.states());
    }
    Object raw;
    try {
      raw = compiled.evaluate(null, frame);
    } catch (StackOverflowError e) {
      throw QueryEvaluationCauses.threw(text, field, JsonataErrorText.STACK_OVERFLOW);
    } catch (RuntimeException e) {
      throw QueryEvaluationCauses.threw(text, field, JsonataErrorText.of(e, text));
    }
    try {
      return JsonataValues.fromJsonata(raw);
    } catch (JsonataValues.UnsupportedResultException e) {
      throw QueryEvaluationCauses.unsupportedType(text, field);
    } catch (JsonataValues.NonFiniteNumberException e) {
      throw QueryEvaluationCauses.threw(text, field, JsonataErrorText.of(e, text));
    }
  }

  @Override
  public String toString() {
    return "{% " + text + " %}";
  }
}
