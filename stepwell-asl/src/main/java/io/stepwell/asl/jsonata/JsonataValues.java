package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boundary between the project's JSON values and the dashjoin port's. Going in, a JSON {@code
 * null} becomes the port's null marker (a Java {@code null} is JSONata's "undefined" there) and
 * numbers take the port's shapes. Coming out, the port's lists, sequences and number types become
 * plain {@link ArrayList}s and JSON numbers, whole numbers as integers as AWS prints them ({@code
 * 3}, not {@code 3.0}).
 */
final class JsonataValues {
  /** Beyond this magnitude a whole double is printed in exponent notation, as JavaScript does. */
  private static final double EXPONENT_NOTATION_FROM = 1e21;

  private static final double LONG_RANGE = 0x1p63;

  private JsonataValues() {}

  /**
   * A JSON value as the port reads it. Containers are copied only where something inside them
   * changes, so a value without nulls is shared as it is; the port does not change what it reads.
   */
  static Object toJsonata(Object value) {
    return switch (value) {
      case null -> Jsonata.NULL_VALUE;
      case Map<?, ?> map -> objectToJsonata(map);
      case List<?> list -> arrayToJsonata(list);
      case Number number -> numberToJsonata(number);
      default -> value;
    };
  }

  // Identity tells whether a conversion changed anything; equal values may differ in type.
  @SuppressWarnings("ReferenceEquality")
  private static Object objectToJsonata(Map<?, ?> map) {
    Object[] converted = new Object[map.size()];
    boolean changed = false;
    int i = 0;
    for (Object v : map.values()) {
      converted[i] = toJsonata(v);
      changed |= converted[i] != v;
      i++;
    }
    if (!changed) {
      return map;
    }
    Map<String, Object> copy = LinkedHashMap.newLinkedHashMap(map.size());
    i = 0;
    for (Object key : map.keySet()) {
      copy.put(String.valueOf(key), converted[i++]);
    }
    return copy;
  }

  @SuppressWarnings("ReferenceEquality")
  private static Object arrayToJsonata(List<?> list) {
    List<Object> copy = null;
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      Object converted = toJsonata(item);
      if (copy == null && converted != item) {
        copy = new ArrayList<>(list.size());
        copy.addAll(list.subList(0, i));
      }
      if (copy != null) {
        copy.add(converted);
      }
    }
    return copy != null ? copy : list;
  }

  /** The port compares numbers by class in places; it makes whole numbers Integer or Long. */
  private static Object numberToJsonata(Number number) {
    if (number instanceof Integer || number instanceof Long) {
      return number;
    }
    if (number instanceof BigInteger big) {
      return big.bitLength() < 64 ? narrow(big.longValue()) : big.doubleValue();
    }
    double d = number.doubleValue();
    if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < LONG_RANGE) {
      return narrow((long) d);
    }
    return d;
  }

  /**
   * A result of the port as a JSON value: {@link JsonataTemplate#UNDEFINED} for a top-level
   * "nothing".
   *
   * @throws UnsupportedResultException when the result is or holds a function or a regular
   *     expression, which JSON cannot carry
   */
  static Object fromJsonata(Object value) {
    return value == null ? JsonataTemplate.UNDEFINED : toJson(value);
  }

  private static Object toJson(Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case Boolean b -> b;
      case Number n -> numberToJson(n);
      case Map<?, ?> map -> {
        Map<String, Object> object = LinkedHashMap.newLinkedHashMap(map.size());
        map.forEach((k, v) -> object.put(String.valueOf(k), toJson(v)));
        yield object;
      }
      case List<?> list -> {
        List<Object> array = new ArrayList<>(list.size());
        for (Object item : list) {
          array.add(toJson(item));
        }
        yield array;
      }
      case CharSequence chars -> chars.toString();
      default -> {
        if (Jsonata.NULL_VALUE.equals(value)) {
          yield null;
        }
        throw new UnsupportedResultException();
      }
    };
  }

  /** A number as JSON prints it from JavaScript: whole values without a fraction. */
  static Number numberToJson(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof BigInteger) {
      return number;
    }
    if (number instanceof Short || number instanceof Byte) {
      return number.intValue();
    }
    double d = number instanceof BigDecimal big ? big.doubleValue() : number.doubleValue();
    if (!Double.isFinite(d)) {
      throw new NonFiniteNumberException(d);
    }
    if (d != Math.rint(d) || Math.abs(d) >= EXPONENT_NOTATION_FROM) {
      return d;
    }
    if (Math.abs(d) < LONG_RANGE) {
      return narrow((long) d);
    }
    // JavaScript prints the shortest decimal that reads back as the double, then zeros.
    return new BigDecimal(Double.toString(d)).toBigIntegerExact();
  }

  private static Number narrow(long value) {
    if (value == (int) value) {
      return Integer.valueOf((int) value);
    }
    return Long.valueOf(value);
  }

  /** A result JSON cannot carry: a function or a regular expression. */
  static final class UnsupportedResultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedResultException() {
      super("unsupported result type", null, false, false);
    }
  }

  /** A result number that is infinite or not a number, which JSON cannot carry. */
  static final class NonFiniteNumberException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final double value;

    NonFiniteNumberException(double value) {
      super("non-finite number " + value, null, false, false);
      this.value = value;
    }

    double value() {
      return value;
    }
  }
}
