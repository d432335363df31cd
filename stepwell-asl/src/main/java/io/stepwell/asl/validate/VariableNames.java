package io.stepwell.asl.validate;

/**
 * What AWS allows as a workflow variable name: a Unicode identifier (Unicode Standard Annex #31,
 * ID_Start then ID_Continue characters) of at most 80 characters, other than the reserved {@code
 * states}.
 */
final class VariableNames {
  /** The one reserved name: {@code $states} holds the state's input, result, error and context. */
  static final String RESERVED = "states";

  private static final int MAX_LENGTH = 80;

  // Java's identifier profile adds U+2E2F VERTICAL TILDE, which is not ID_Start or ID_Continue.
  private static final int VERTICAL_TILDE = 0x2E2F;

  private VariableNames() {}

  /**
   * The variable an {@code Assign} key names. With JSONPath a trailing {@code .$} asks for the
   * value to be evaluated and is not part of the name; with JSONata it is.
   */
  static String assigned(String key, Language language) {
    return language == Language.JSONPATH && key.endsWith(".$")
        ? key.substring(0, key.length() - 2)
        : key;
  }

  /** AWS's complaint about a name, or {@code null} for a name it accepts. */
  static String problem(String name) {
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return Messages.variableNameTooLong(name);
    }
    if (!isIdentifier(name)) {
      return Messages.variableNameNotIdentifier(name);
    }
    if (RESERVED.equals(name)) {
      return Messages.variableNameReserved(name);
    }
    return null;
  }

  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!Character.isUnicodeIdentifierStart(first) || first == VERTICAL_TILDE) {
      return false;
    }
    return name.codePoints()
        .skip(1)
        .allMatch(c ->
            Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c)
                && c != VERTICAL_TILDE);
  }
}
