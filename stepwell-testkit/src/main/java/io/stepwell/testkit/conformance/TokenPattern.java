package io.stepwell.testkit.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches an actual string against a recorded one in which the recorder replaced run-specific parts
 * by tokens: {@code <uuid:N>}, {@code <region>}, {@code arn:<partition>:}, the account {@code
 * 111111111111}, name parts such as {@code <ExecArnPart_0idx>}, plus tokens a case declares (its
 * placeholders' {@code <...>} parts). Each token is a wildcard for what it stands for, bound
 * consistently through {@link Bindings}.
 */
final class TokenPattern {
  private static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** The tokens every case knows, and what each may stand for. */
  private static final Map<Pattern, String> GLOBAL = new LinkedHashMap<>();

  static {
    GLOBAL.put(Pattern.compile("<uuid:\\d+>"), UUID);
    GLOBAL.put(Pattern.compile("<region>"), "[a-z]{2}(?:-[a-z]+)+-\\d+");
    GLOBAL.put(Pattern.compile("<partition>"), "aws(?:-[a-z]+)*");
    GLOBAL.put(Pattern.compile("111111111111"), "\\d{12}");
    GLOBAL.put(
        Pattern.compile("<(?:[A-Za-z]*ArnPart|ExpressExecArn_Part)[A-Za-z0-9_]*>"), "[^:\\s\"]+?");
  }

  /**
   * What a case's own token may stand for: an id, a name, a JSON text the run reproduces as the
   * token itself; never spaces or quotes, so a wildcard cannot swallow the text around it.
   */
  private static final String CASE_TOKEN = "[^\\s'\"]+?";

  private TokenPattern() {}

  /**
   * Whether {@code actual} is {@code expected} with its tokens standing for parts of it.
   *
   * @param caseTokens the case's own tokens, each matching a run of text without spaces or quotes
   * @param anyAngleToken when true (inside a placeholder), every {@code <...>} part is a wildcard
   */
  static boolean matches(
      String expected,
      String actual,
      Set<String> caseTokens,
      boolean anyAngleToken,
      Bindings bindings) {
    List<Object> parts = split(expected, caseTokens, anyAngleToken);
    if (parts.stream().noneMatch(Token.class::isInstance)) {
      return expected.equals(actual);
    }
    StringBuilder regex = new StringBuilder();
    Map<String, String> groupOf = new LinkedHashMap<>();
    for (Object part : parts) {
      if (part instanceof Token t) {
        String bound = bindings.valueOf(t.text());
        if (bound != null) {
          regex.append(Pattern.quote(bound));
        } else if (groupOf.containsKey(t.text())) {
          regex.append("\\k<").append(groupOf.get(t.text())).append('>');
        } else {
          String group = "g" + groupOf.size();
          groupOf.put(t.text(), group);
          regex.append("(?<").append(group).append('>').append(t.regex()).append(')');
        }
      } else {
        regex.append(Pattern.quote((String) part));
      }
    }
    Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (!m.matches()) {
      return false;
    }
    for (Map.Entry<String, String> e : groupOf.entrySet()) {
      if (!bindings.bind(e.getKey(), m.group(e.getValue()))) {
        return false;
      }
    }
    return true;
  }

  /** The expected text cut into literal strings and {@link Token}s. */
  private static List<Object> split(String text, Set<String> caseTokens, boolean anyAngleToken) {
    List<Object> parts = new ArrayList<>();
    int literalStart = 0;
    int i = 0;
    while (i < text.length()) {
      Token token = tokenAt(text, i, caseTokens, anyAngleToken);
      if (token == null) {
        i++;
        continue;
      }
      if (i > literalStart) {
        parts.add(text.substring(literalStart, i));
      }
      parts.add(token);
      i += token.text().length();
      literalStart = i;
    }
    if (literalStart < text.length()) {
      parts.add(text.substring(literalStart));
    }
    return parts;
  }

  private static Token tokenAt(String text, int at, Set<String> caseTokens, boolean anyAngle) {
    for (Map.Entry<Pattern, String> e : GLOBAL.entrySet()) {
      Matcher m = e.getKey().matcher(text).region(at, text.length());
      if (m.lookingAt()) {
        return new Token(m.group(), e.getValue());
      }
    }
    for (String t : caseTokens) {
      if (!t.isEmpty() && text.startsWith(t, at)) {
        return new Token(t, CASE_TOKEN);
      }
    }
    if (anyAngle && text.charAt(at) == '<') {
      int close = text.indexOf('>', at);
      if (close > at + 1 && text.substring(at + 1, close).matches("[^<>\\s]+")) {
        return new Token(text.substring(at, close + 1), CASE_TOKEN);
      }
    }
    return null;
  }

  /** A token as written, and the regex for what it may stand for. */
  private record Token(String text, String regex) {}
}
