package io.stepwell.asl.model;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.JsonPathExpr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a state's result goes in its raw input.
 *
 * <blockquote>
 * If the ResultPath has the default value $, it matches the entire input... If the ResultPath is
 * null, the result is discarded and the input is passed through.
 * </blockquote>
 *
 * @param path the reference path, or {@code null} when the field was JSON {@code null}
 */
public record ResultPath(JsonPathExpr path) {
  /** The default: the result replaces the input. */
  public static final ResultPath ROOT = new ResultPath(JsonPathExpr.compile("$"));

  /** The state's output before OutputPath: {@code result} placed into {@code input}. */
  public Object apply(Object input, Object result) {
    if (path == null) {
      return input;
    }
    if (path.isRoot()) {
      return result;
    }
    Object[] steps = path.steps();
    if (steps == null) {
      throw StatesFailure.runtime("Invalid ResultPath '" + path.text() + "'");
    }
    // Values are never changed once made, so only the containers along the path are copied.
    Object root = shallowCopy(input);
    if (!(root instanceof Map<?, ?>)) {
      throw new StatesFailure(
          io.stepwell.asl.error.StatesError.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ResultPath \"" + path.text() + "\" to input " + Json.write(input));
    }
    Object current = root;
    for (int i = 0; i < steps.length; i++) {
      boolean last = i == steps.length - 1;
      Object step = steps[i];
      if (step instanceof String name && current instanceof Map<?, ?> m) {
        Map<String, Object> map = Json.asObject(m);
        if (last) {
          map.put(name, result);
        } else {
          Object next = map.get(name);
          next =
              next instanceof Map<?, ?> || next instanceof List<?>
                  ? shallowCopy(next)
                  : new LinkedHashMap<String, Object>();
          map.put(name, next);
          current = next;
        }
      } else if (step instanceof Integer index
          && current instanceof List<?> l
          && index < l.size()) {
        List<Object> list = Json.asArray(l);
        if (last) {
          list.set(index, result);
        } else {
          Object next = shallowCopy(list.get(index));
          list.set(index, next);
          current = next;
        }
      } else {
        throw new StatesFailure(
            io.stepwell.asl.error.StatesError.RESULT_PATH_MATCH_FAILURE,
            "Unable to apply ResultPath \"" + path.text() + "\" to input " + Json.write(input));
      }
    }
    return root;
  }

  private static Object shallowCopy(Object value) {
    if (value instanceof Map<?, ?> m) {
      return new LinkedHashMap<>(Json.asObject(m));
    }
    if (value instanceof List<?> l) {
      return new java.util.ArrayList<>(Json.asArray(l));
    }
    return value;
  }
}
