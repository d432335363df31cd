package io.stepwell.functions.java;

import io.stepwell.functions.InvalidFunctionException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Java handler string split into its class and optional method: {@code pkg.Class} or {@code
 * pkg.Class::method}; nested classes as {@code pkg.Outer$Inner}.
 */
record HandlerName(String className, Optional<String> methodName) {
  private static final String IDENTIFIER =
      "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
  private static final Pattern CLASS = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
  private static final Pattern METHOD = Pattern.compile(IDENTIFIER);

  /**
   * Parses {@code handler} of function {@code function}.
   *
   * @throws InvalidFunctionException when it is neither form
   */
  static HandlerName parse(String function, String handler) {
    int sep = handler.indexOf("::");
    String className = sep < 0 ? handler : handler.substring(0, sep);
    String method = sep < 0 ? null : handler.substring(sep + 2);
    if (!CLASS.matcher(className).matches()
        || (method != null && !METHOD.matcher(method).matches())) {
      throw new InvalidFunctionException(
          "Function "
              + function
              + ": invalid handler '"
              + handler
              + "'; a Java handler is pkg.Class or pkg.Class::method.");
    }
    return new HandlerName(className, Optional.ofNullable(method));
  }
}
