package io.stepwell.engine.lambda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the two ways a Task state calls Lambda, and the function names they carry. */
public final class LambdaResource {
  private static final Pattern FUNCTION_ARN =
      Pattern.compile("arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::[^:]+)?");
  private static final Pattern PARTIAL_ARN = Pattern.compile("[0-9]+:function:([^:]+)(?::[^:]+)?");
  private static final Pattern INVOKE = Pattern.compile("arn:aws[a-z-]*:states:::lambda:invoke");

  private LambdaResource() {}

  /** The function a {@code Resource} of the form {@code arn:aws:lambda:...:function:NAME} names. */
  public static Optional<String> directFunction(String resource) {
    Matcher m = FUNCTION_ARN.matcher(resource);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True for {@code arn:aws:states:::lambda:invoke}, the synchronous service integration. */
  public static boolean isInvokeIntegration(String resource) {
    return INVOKE.matcher(resource).matches();
  }

  /**
   * The function name inside a {@code FunctionName} parameter, which Lambda accepts as a name, a
   * name with a qualifier, a partial ARN or a full ARN.
   */
  public static String functionName(String functionName) {
    Matcher full = FUNCTION_ARN.matcher(functionName);
    if (full.matches()) {
      return full.group(1);
    }
    Matcher partial = PARTIAL_ARN.matcher(functionName);
    if (partial.matches()) {
      return partial.group(1);
    }
    int colon = functionName.indexOf(':');
    return colon < 0 ? functionName : functionName.substring(0, colon);
  }
}
