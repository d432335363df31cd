package io.stepwell.asl.path;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSONPath, compiled once. A path rooted at {@code $} reads the input, at {@code $$} the
 * context object, at {@code $name} a variable.
 *
 * <p>Implementation note: most paths in real definitions are chains of plain field names ({@code
 * $.a.b}) and array indexes; those are walked directly over the maps and lists, which is several
 * times faster than a general JSONPath engine. Anything else (wildcards, slices, filters, deep
 * scans) goes to Jayway JsonPath, which is what AWS's own implementation uses.
 */
public final class JsonPathExpr {
  private static final Configuration JAYWAY =
      Configuration.builder()
          .jsonProvider(new JacksonJsonProvider(Json.mapper()))
          .mappingProvider(new JacksonMappingProvider(Json.mapper()))
          .build();
  private static final Configuration JAYWAY_LIST =
      JAYWAY.addOptions(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS);
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");
  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)");

  /** Where a path is rooted. */
  public enum Root {
    INPUT,
    CONTEXT,
    VARIABLE
  }

  private final String text;
  private final Root root;
  private final String variableName;

  /** Field names ({@code String}) and indexes ({@code Integer}), when the path is that simple. */
  private final Object[] steps;

  private final JsonPath compiled;
  private final boolean definite;

  private JsonPathExpr(
      String text,
      Root root,
      String variableName,
      Object[] steps,
      JsonPath compiled,
      boolean definite) {
    this.text = text;
    this.root = root;
    this.variableName = variableName;
    this.steps = steps;
    this.compiled = compiled;
    this.definite = definite;
  }

  /**
   * Compiles a path.
   *
   * @throws IllegalArgumentException when the text is not a valid JSONPath
   */
  public static JsonPathExpr compile(String text) {
    if (text == null || !text.startsWith("$")) {
      throw new IllegalArgumentException("A path must start with '$': " + text);
    }
    Root root;
    String variableName = null;
    String local;
    if (text.startsWith("$$")) {
      root = Root.CONTEXT;
      local = text.substring(1);
    } else {
      var m = VARIABLE.matcher(text);
      if (m.matches()) {
        root = Root.VARIABLE;
        variableName = m.group(1);
        local = "$" + m.group(2);
      } else {
        root = Root.INPUT;
        local = text;
      }
    }
    Object[] steps = simpleSteps(local);
    if (steps != null) {
      return new JsonPathExpr(text, root, variableName, steps, null, true);
    }
    try {
      JsonPath compiled = JsonPath.compile(local);
      return new JsonPathExpr(text, root, variableName, null, compiled, compiled.isDefinite());
    } catch (InvalidPathException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid JSONPath '" + text + "': " + e.getMessage(), e);
    }
  }

  /** Whether a string parses as a JSONPath. */
  public static boolean isValid(String text) {
    try {
      compile(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Object[] simpleSteps(String local) {
    List<Object> out = new ArrayList<>();
    int i = 1;
    int n = local.length();
    while (i < n) {
      char c = local.charAt(i);
      if (c == '.') {
        int j = i + 1;
        while (j < n && local.charAt(j) != '.' && local.charAt(j) != '[') {
          j++;
        }
        String name = local.substring(i + 1, j);
        if (!SIMPLE_NAME.matcher(name).matches()) {
          return null;
        }
        out.add(name);
        i = j;
      } else if (c == '[') {
        int close = local.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        String inner = local.substring(i + 1, close);
        if (inner.length() >= 2
            && inner.charAt(0) == '\''
            && inner.charAt(inner.length() - 1) == '\''
            && inner.indexOf('\'', 1) == inner.length() - 1
            && inner.indexOf('\\') < 0) {
          out.add(inner.substring(1, inner.length() - 1));
        } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
          if (inner.length() > 9) {
            return null;
          }
          out.add(Integer.valueOf(inner));
        } else {
          return null;
        }
        i = close + 1;
      } else {
        return null;
      }
    }
    return out.toArray();
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  public Root root() {
    return root;
  }

  /** The variable a {@link Root#VARIABLE} path reads, else {@code null}. */
  public String variableName() {
    return variableName;
  }

  /** True when the path selects at most one node (no wildcard, slice, filter or deep scan). */
  public boolean isDefinite() {
    return definite;
  }

  /** True for {@code $} alone, or {@code $$} alone. */
  public boolean isRoot() {
    return steps != null && steps.length == 0;
  }

  /** The field names and indexes of a simple definite path, else {@code null}. */
  public Object[] steps() {
    return steps == null ? null : steps.clone();
  }

  /**
   * Reads the path from the scope. A definite path gives the one value it selects; an indefinite
   * one the list of values it selects (possibly empty). Nothing selected reads as {@link
   * Missing#VALUE}.
   */
  public Object read(DataScope scope) {
    Object document =
        switch (root) {
          case INPUT -> scope.input();
          case CONTEXT -> scope.context();
          case VARIABLE -> scope.variable(variableName);
        };
    if (document == Missing.VALUE) {
      return Missing.VALUE;
    }
    return readFrom(document);
  }

  /** Reads the path from a document, ignoring its root kind. */
  public Object readFrom(Object document) {
    if (steps != null) {
      Object current = document;
      for (Object step : steps) {
        if (step instanceof String name) {
          if (!(current instanceof Map<?, ?> map)) {
            return Missing.VALUE;
          }
          Object next = map.get(name);
          if (next == null && !map.containsKey(name)) {
            return Missing.VALUE;
          }
          current = next;
        } else {
          int index = (Integer) step;
          if (!(current instanceof List<?> list) || index >= list.size()) {
            return Missing.VALUE;
          }
          current = list.get(index);
        }
      }
      return current;
    }
    if (definite) {
      try {
        return compiled.read(document, JAYWAY);
      } catch (PathNotFoundException e) {
        return Missing.VALUE;
      } catch (RuntimeException e) {
        return Missing.VALUE;
      }
    }
    Object result = compiled.read(document, JAYWAY_LIST);
    return result == null ? new ArrayList<>() : result;
  }

  /**
   * The message Jayway gives for a path that selects nothing, which AWS repeats in its causes, e.g.
   * {@code No results for path: $['a']} or {@code Missing property in path $['a']}.
   */
  public String notFoundMessage(Object document) {
    if (compiled != null || steps == null) {
      try {
        (compiled != null ? compiled : JsonPath.compile(text)).read(document, JAYWAY);
        return "No results for path: " + canonical();
      } catch (PathNotFoundException e) {
        return e.getMessage();
      } catch (RuntimeException e) {
        return String.valueOf(e.getMessage());
      }
    }
    // Jayway says "No results" when the last step is missing, "Missing property" when an
    // intermediate one is.
    Object current = document;
    StringBuilder prefix = new StringBuilder("$");
    for (int i = 0; i < steps.length; i++) {
      Object step = steps[i];
      boolean last = i == steps.length - 1;
      String rendered = step instanceof String s ? "['" + s + "']" : "[" + step + "]";
      Object next = Missing.VALUE;
      if (step instanceof String s && current instanceof Map<?, ?> map && map.containsKey(s)) {
        next = map.get(s);
      } else if (step instanceof Integer idx
          && current instanceof List<?> list
          && idx < list.size()) {
        next = list.get(idx);
      }
      prefix.append(rendered);
      if (next == Missing.VALUE) {
        return last ? "No results for path: " + prefix : "Missing property in path " + prefix;
      }
      current = next;
    }
    return "No results for path: " + prefix;
  }

  /** The path in Jayway's bracket notation, e.g. {@code $['a']['b']}. */
  public String canonical() {
    if (steps == null) {
      return compiled.getPath();
    }
    StringBuilder sb = new StringBuilder("$");
    for (Object step : steps) {
      sb.append(step instanceof String s ? "['" + s + "']" : "[" + step + "]");
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
