package io.stepwell.serverless.cloudformation;

/** How the Framework and CloudFormation name things. */
public final class Names {
  private Names() {}

  /**
   * The Framework's {@code getNormalizedFunctionName}: {@code -} becomes {@code Dash}, {@code _}
   * becomes {@code Underscore}, and the first letter is upper case ({@code hello-world} is {@code
   * HelloDashworld}).
   */
  public static String normalize(String name) {
    String n = name.replace("-", "Dash").replace("_", "Underscore");
    return n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /**
   * A suffix in the shape of the one CloudFormation adds to the names it generates (twelve upper
   * case letters and digits), derived from {@code input} so that it is the same on every deploy.
   */
  public static String suffix(String input) {
    return TemplateResource.suffix(input);
  }
}
