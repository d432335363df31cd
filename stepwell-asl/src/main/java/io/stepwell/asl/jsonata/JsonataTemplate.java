package io.stepwell.asl.jsonata;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import java.time.Instant;
import java.util.Map;

/**
 * A field value of a JSONata state (Arguments, Output, Assign, Items, ItemSelector, ...): any JSON
 * value whose string leaves may be {@code {% %}} expressions, compiled once per definition. Strings
 * that do not both start with {@code {%} and end with {@code %}} are kept as written, and so are
 * object keys.
 *
 * <p>An expression that yields nothing fails the evaluation wherever it stands, as on AWS: {@code
 * The JSONata expression '$x' specified for the field 'Output/result' returned nothing
 * (undefined).} The field is named by its path from the state: {@code Output} for the whole field,
 * {@code Output/result} for an object member, {@code Output/list[2]} for an array item.
 */
public final class JsonataTemplate {
  /** What an expression yields when it yields nothing; not a JSON value, and not {@code null}. */
  public static final Object UNDEFINED =
      new Object() {
        @Override
        public String toString() {
          return "undefined";
        }
      };

  private final TemplateNode root;

  private JsonataTemplate(TemplateNode root) {
    this.root = root;
  }

  /**
   * Compiles a field value.
   *
   * @throws JsonataSyntaxException when one of its expressions is not valid
   */
  public static JsonataTemplate compile(Object value) {
    return new JsonataTemplate(TemplateNode.compile(value));
  }

  /**
   * Evaluates the value with {@code $states} and the workflow variables bound.
   *
   * @param field the field as AWS names it in causes, such as {@code Output} or {@code Arguments}
   * @param states {@code input}, {@code context} and, where the field has them, {@code result} and
   *     {@code errorOutput}
   * @param variables the workflow variables in scope, by name without the {@code $}
   * @return a JSON value (never {@link #UNDEFINED}); parts without expressions are shared, not
   *     copied, and expression results are new values that share nothing with {@code states}
   * @throws StatesFailure {@code States.QueryEvaluationError} with AWS's cause
   */
  public Object evaluate(
      String field, Map<String, Object> states, Map<String, Object> variables, Entropy entropy) {
    return evaluate(field, states, variables, entropy, null);
  }

  /**
   * As {@link #evaluate(String, Map, Map, Entropy)}, with {@code $now()} and {@code $millis()}
   * reporting {@code now}; when it is {@code null}, the {@code State.EnteredTime} of {@code
   * $states.context}, else its {@code Execution.StartTime}.
   */
  public Object evaluate(
      String field,
      Map<String, Object> states,
      Map<String, Object> variables,
      Entropy entropy,
      Instant now) {
    return root.evaluate(field, new EvaluationScope(states, variables, entropy, now));
  }

  /**
   * Whether a value is the {@link #UNDEFINED} sentinel (the one object that stands for "nothing").
   */
  @SuppressWarnings("ReferenceEquality") // a sentinel is compared by identity
  public static boolean isUndefined(Object value) {
    return value == UNDEFINED;
  }

  /** True when the value holds no expression, so its evaluation is always the value itself. */
  public boolean isConstant() {
    return root instanceof TemplateNode.Constant;
  }

  /**
   * The expression when the whole value is one {@code {% %}} string, else {@code null}; for the
   * checks a field makes on its result's type ({@link JsonataExpression#unexpectedResultType}).
   */
  public JsonataExpression expression() {
    return root instanceof TemplateNode.Expression e ? e.expression() : null;
  }

  /**
   * The field a JSONata failure names, such as {@code Output/result}, which AWS records as the
   * {@code location} of its {@code EvaluationFailed} event; {@code null} for any other failure.
   */
  public static String location(StatesFailure failure) {
    return QueryEvaluationCauses.location(failure.cause());
  }
}
