package io.stepwell.testkit.conformance;

import java.util.HashMap;
import java.util.Map;

/**
 * What each wildcard token has matched so far in one case, so that a token stands for the same
 * value everywhere ({@code <uuid:1>} in the output is the {@code <uuid:1>} of the history), and
 * distinct {@code <uuid:N>} tokens for distinct values.
 */
final class Bindings {
  private final Map<String, String> valueOf;
  private final Map<String, String> uuidTokenOf;

  Bindings() {
    this(new HashMap<>(), new HashMap<>());
  }

  private Bindings(Map<String, String> valueOf, Map<String, String> uuidTokenOf) {
    this.valueOf = valueOf;
    this.uuidTokenOf = uuidTokenOf;
  }

  /** The value a token is bound to, or {@code null}. */
  String valueOf(String token) {
    return valueOf.get(token);
  }

  /**
   * Binds a token to a value; false when that contradicts an earlier binding (another value for the
   * token, or another uuid token for the value).
   */
  boolean bind(String token, String value) {
    String bound = valueOf.get(token);
    if (bound != null) {
      return bound.equals(value);
    }
    if (token.startsWith("<uuid:")) {
      String other = uuidTokenOf.get(value);
      if (other != null && !other.equals(token)) {
        return false;
      }
      uuidTokenOf.put(value, token);
    }
    valueOf.put(token, value);
    return true;
  }

  /** A copy to try a match on without committing to it. */
  Bindings copy() {
    return new Bindings(new HashMap<>(valueOf), new HashMap<>(uuidTokenOf));
  }

  /** Takes over the bindings of a copy whose match succeeded. */
  void adopt(Bindings tried) {
    valueOf.clear();
    valueOf.putAll(tried.valueOf);
    uuidTokenOf.clear();
    uuidTokenOf.putAll(tried.uuidTokenOf);
  }
}
