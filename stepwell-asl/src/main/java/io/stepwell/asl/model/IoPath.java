package io.stepwell.asl.model;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.LinkedHashMap;

/**
 * InputPath or OutputPath.
 *
 * <blockquote>
 * If the value of InputPath is null, that means that the raw input is discarded, and the effective
 * input for the state is an empty JSON object, {}.
 * </blockquote>
 *
 * @param path the path, or {@code null} when the field was JSON {@code null}
 */
public record IoPath(JsonPathExpr path) {
  /** The default when the field is absent: {@code $}, the whole value. */
  public static final IoPath ROOT = new IoPath(JsonPathExpr.compile("$"));

  /** Applies the path to a value; the context object and variables come from {@code scope}. */
  public Object apply(Object value, DataScope scope) {
    if (path == null) {
      return new LinkedHashMap<String, Object>();
    }
    if (path.isRoot() && path.root() == JsonPathExpr.Root.INPUT) {
      return value;
    }
    Object result =
        path.root() == JsonPathExpr.Root.INPUT ? path.readFrom(value) : path.read(scope);
    if (result == Missing.VALUE) {
      throw StatesFailure.runtime(
          "Invalid path '" + path.text() + "' : " + path.notFoundMessage(value));
    }
    return result;
  }
}
