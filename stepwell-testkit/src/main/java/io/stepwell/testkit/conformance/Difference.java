package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;

/**
 * The first place where a run differs from the recording.
 *
 * @param pointer a JSON pointer into the compared document, e.g. {@code /output/Payload/x} or
 *     {@code /history/4/details/cause}
 * @param expected the recorded value there ({@link #ABSENT} when there was none)
 * @param actual the run's value there ({@link #ABSENT} when there was none)
 */
record Difference(String pointer, Object expected, Object actual) {
  /** Stands for a value that is not there at all. */
  static final Object ABSENT =
      new Object() {
        @Override
        public String toString() {
          return "(absent)";
        }
      };

  private static final int MAX_SHOWN = 300;

  /** {@code /output/a: expected "x", got "y"}. */
  String describe() {
    return pointer + ": expected " + show(expected) + ", got " + show(actual);
  }

  private static String show(Object value) {
    String text;
    if (value == ABSENT) {
      text = "(absent)";
    } else {
      try {
        text = Json.write(value);
      } catch (IllegalArgumentException e) {
        text = String.valueOf(value);
      }
    }
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }
}
