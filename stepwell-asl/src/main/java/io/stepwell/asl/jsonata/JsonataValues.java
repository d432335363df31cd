package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The boundary between the project's JSON values and the dashjoin port's. Going in, a JSON {@code
 * null} becomes the port's null marker (a Java {@code null} is JSONata's "undefined" there) and
 * numbers take the port's shapes; the project's values are never changed. Coming out, the port's
 * lists, sequences and number types become plain {@link ArrayList}s and JSON numbers, whole numbers
 * as integers as AWS prints them ({@code 3}, not {@code 3.0}).
 */
final class JsonataValues {
  /** Beyond this magnitude a whole double is printed in exponent notation, as JavaScript does. */
  private static final double EXPONENT_NOTATION_FROM = 1e21;

  private static final double LONG_RANGE = 0x1p63;

  private JsonataValues() {}

  /**
   * A JSON value as the port reads it. Objects and arrays become read-only views that convert what
   * is read from them, so an evaluation costs what it reads, not the size of {@code $states}.
   */
  static Object toJsonata(Object value) {
    return switch (value) {
      case null -> Jsonata.NULL_VALUE;
      case Map<?, ?> map -> new ObjectView(map);
      case List<?> list -> new ArrayView(list);
      case Number number -> numberToJsonata(number);
      default -> value;
    };
  }

  /** A JSON object as the port reads it: members converted on access. */
  private static final class ObjectView extends AbstractMap<String, Object> {
    private final Map<?, ?> map;

    ObjectView(Map<?, ?> map) {
      this.map = map;
    }

    @Override
    public Object get(Object key) {
      Object value = map.get(key);
      return value == null && !map.containsKey(key) ? null : toJsonata(value);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return entries.hasNext();
            }

            @Override
            public Map.Entry<String, Object> next() {
              Map.Entry<?, ?> e = entries.next();
              return new SimpleImmutableEntry<>(
                  String.valueOf(e.getKey()), toJsonata(e.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return map.size();
        }
      };
    }
  }

  /** A JSON array as the port reads it: items converted on access. */
  private static final class ArrayView extends AbstractList<Object> implements RandomAccess {
    private final List<?> list;

    ArrayView(List<?> list) {
      this.list = list;
    }

    @Override
    public Object get(int index) {
      return toJsonata(list.get(index));
    }

    @Override
    public int size() {
      return list.size();
    }
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
