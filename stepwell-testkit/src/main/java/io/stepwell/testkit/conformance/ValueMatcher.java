package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a recorded JSON value with a run's, strictly (same keys, same array lengths, numbers
 * equal and both integral or both not), except where the recorder put a wildcard:
 *
 * <ul>
 *   <li>a placeholder path of the case ({@link Placeholders}): a value with {@code <...>} tokens
 *       matches with those tokens as wildcards, a value without any stands for anything;
 *   <li>values under keys that contain {@code timestamp} match anything (the run's ISO-8601
 *       timestamps were already turned into {@code date}, as the recorder did: {@link
 *       RecorderDefaults});
 *   <li>{@code snf_role_arn}/{@code sfn_role_arn} match an IAM role ARN;
 *   <li>headers the recorder replaced by their own key ({@code "X-Amzn-Trace-Id":
 *       "X-Amzn-Trace-Id"}) match anything;
 *   <li>the tokens of {@link TokenPattern} inside strings.
 * </ul>
 *
 * A recorded object or array where the run has a string is compared with that string parsed, in the
 * places where AWS carries JSON as text (causes, history event fields): the corpus decoded them.
 */
final class ValueMatcher {
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/\\S+");

  /** Where AWS carries JSON as text and the corpus decoded it: causes and event fields. */
  private static final Pattern CARRIES_JSON_TEXT =
      Pattern.compile("/cause|/history/\\d+/details/[^/]+");

  private static final Set<String> ROLE_TOKENS = Set.of("snf_role_arn", "sfn_role_arn");

  /** Keys whose values the recorder replaced by the key itself (LocalStack's key_value). */
  private static final Set<String> KEY_VALUE_KEYS =
      Set.of(
          "RequestId",
          "X-Amzn-Trace-Id",
          "x-amzn-RequestId",
          "x-amzn-requestid",
          "x-amz-crc32",
          "Server");

  private final Placeholders placeholders;
  private final Set<String> caseTokens;
  private final Bindings bindings;

  ValueMatcher(Placeholders placeholders, Set<String> caseTokens, Bindings bindings) {
    this.placeholders = placeholders;
    this.caseTokens = caseTokens;
    this.bindings = bindings;
  }

  /** A matcher that binds tokens on a copy, for a match that may be abandoned. */
  ValueMatcher trial() {
    return new ValueMatcher(placeholders, caseTokens, bindings.copy());
  }

  /** Keeps the bindings of a trial whose match succeeded. */
  void commit(ValueMatcher trial) {
    bindings.adopt(trial.bindings);
  }

  /** The first difference under {@code pointer}, or empty when the values match. */
  Optional<Difference> compare(String pointer, Object expected, Object actual) {
    return compare(pointer, null, expected, actual);
  }

  private Optional<Difference> compare(String pointer, String key, Object expected, Object actual) {
    Optional<Placeholders.Rule> placeholder = placeholders.at(pointer);
    if (placeholder.isPresent()) {
      return matchesPlaceholder(placeholder.get(), expected, actual)
          ? Optional.empty()
          : differ(pointer, expected, actual);
    }
    if (key != null && key.toLowerCase(Locale.ROOT).contains("timestamp")) {
      return Optional.empty();
    }
    if (key != null && KEY_VALUE_KEYS.contains(key) && recordedAsKey(key, expected)) {
      return Optional.empty();
    }
    if (!(expected instanceof String)
        && expected != null
        && actual instanceof String text
        && CARRIES_JSON_TEXT.matcher(pointer).matches()) {
      Optional<Object> decoded = decode(text);
      if (decoded.isPresent() && !(decoded.get() instanceof String)) {
        return compare(pointer, key, expected, decoded.get());
      }
    }
    return switch (expected) {
      case null -> actual == null ? Optional.empty() : differ(pointer, null, actual);
      case String s ->
          actual instanceof String a && stringMatches(s, a, false)
              ? Optional.empty()
              : differ(pointer, expected, actual);
      case Number n ->
          actual instanceof Number a
                  && Json.isIntegral(n) == Json.isIntegral(a)
                  && Json.compareNumbers(n, a) == 0
              ? Optional.empty()
              : differ(pointer, expected, actual);
      case Map<?, ?> m -> compareObjects(pointer, m, actual);
      case List<?> l -> compareArrays(pointer, l, actual);
      default -> expected.equals(actual) ? Optional.empty() : differ(pointer, expected, actual);
    };
  }

  private Optional<Difference> compareObjects(String pointer, Map<?, ?> expected, Object actual) {
    if (!(actual instanceof Map<?, ?> map)) {
      return differ(pointer, expected, actual);
    }
    for (Map.Entry<?, ?> e : expected.entrySet()) {
      String key = String.valueOf(e.getKey());
      String child = pointer + "/" + escape(key);
      if (!map.containsKey(key)) {
        return differ(child, e.getValue(), Difference.ABSENT);
      }
      Optional<Difference> d = compare(child, key, e.getValue(), map.get(key));
      if (d.isPresent()) {
        return d;
      }
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!expected.containsKey(e.getKey())) {
        String child = pointer + "/" + escape(String.valueOf(e.getKey()));
        return differ(child, Difference.ABSENT, e.getValue());
      }
    }
    return Optional.empty();
  }

  private Optional<Difference> compareArrays(String pointer, List<?> expected, Object actual) {
    if (!(actual instanceof List<?> list)) {
      return differ(pointer, expected, actual);
    }
    Iterator<?> a = list.iterator();
    int i = 0;
    for (Object e : expected) {
      String child = pointer + "/" + i;
      if (!a.hasNext()) {
        return differ(child, e, Difference.ABSENT);
      }
      Optional<Difference> d = compare(child, null, e, a.next());
      if (d.isPresent()) {
        return d;
      }
      i++;
    }
    return a.hasNext() ? differ(pointer + "/" + i, Difference.ABSENT, a.next()) : Optional.empty();
  }

  /** A recorded string against an actual one, with the recorder's wildcards. */
  boolean stringMatches(String expected, String actual, boolean anyAngleToken) {
    if (expected.equals(actual)) {
      return true;
    }
    if (ROLE_TOKENS.contains(expected)) {
      return ROLE_ARN.matcher(actual).matches() && bindings.bind(expected, actual);
    }
    Bindings trial = bindings.copy();
    if (TokenPattern.matches(expected, actual, caseTokens, anyAngleToken, trial)) {
      bindings.adopt(trial);
      return true;
    }
    return false;
  }

  /**
   * A placeholder without tokens stood for the whole value; one with tokens is matched as the
   * recorded value with every {@code <...>} part a wildcard.
   */
  private boolean matchesPlaceholder(Placeholders.Rule rule, Object expected, Object actual) {
    if (!rule.hasTokens()) {
      return true;
    }
    String pattern = expected instanceof String s ? s : rule.value();
    String text = actual instanceof String s ? s : Json.write(actual);
    return stringMatches(pattern, text, true);
  }

  private static boolean recordedAsKey(String key, Object expected) {
    return key.equals(expected) || List.of(key).equals(expected);
  }

  private static Optional<Object> decode(String text) {
    try {
      return Optional.ofNullable(Json.parse(text));
    } catch (JsonSyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<Difference> differ(String pointer, Object expected, Object actual) {
    return Optional.of(new Difference(pointer, expected, actual));
  }

  /** JSON pointer escaping of one key. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
