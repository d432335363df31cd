package io.stepwell.asl.choice;

import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * The type of value a comparison operator works on, and how two such values order. A value of
 * another type has no comparable form, so the comparison is false rather than an error.
 */
enum ValueKind {
  STRING {
    @Override
    Optional<Object> comparable(Object value) {
      return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    int compare(Object left, Object right) {
      // AWS documents string ordering as Java's String.compareTo (UTF-16 code units).
      return ((String) left).compareTo((String) right);
    }
  },
  NUMERIC {
    @Override
    Optional<Object> comparable(Object value) {
      return value instanceof Number n ? Optional.of(n) : Optional.empty();
    }

    @Override
    int compare(Object left, Object right) {
      return Json.compareNumbers((Number) left, (Number) right);
    }
  },
  BOOLEAN {
    @Override
    Optional<Object> comparable(Object value) {
      return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @Override
    int compare(Object left, Object right) {
      return Boolean.compare((Boolean) left, (Boolean) right);
    }
  },
  TIMESTAMP {
    @Override
    Optional<Object> comparable(Object value) {
      return value instanceof String s ? Timestamps.parse(s).map(i -> i) : Optional.empty();
    }

    @Override
    int compare(Object left, Object right) {
      return ((Instant) left).compareTo((Instant) right);
    }
  };

  /** The value in the form {@link #compare} takes, or empty when it is not of this kind. */
  abstract Optional<Object> comparable(Object value);

  /** Orders two values that {@link #comparable} accepted. */
  abstract int compare(Object left, Object right);
}
