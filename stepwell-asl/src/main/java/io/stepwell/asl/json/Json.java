package io.stepwell.asl.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns text into JSON values and back. Values are plain Java objects: objects
 * are {@link LinkedHashMap} (key order kept, as AWS keeps it), arrays {@link ArrayList}, numbers
 * {@link Integer}/{@link Long}/{@link BigInteger}/{@link Double}.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(2000)
                .maxStringLength(64 << 20)
                .build());
  }

  private static final TypeReference<Object> ANY = new TypeReference<>() {};

  private Json() {}

  /** The shared mapper, configured for plain {@code Map}/{@code List} values. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses JSON text into a plain value.
   *
   * @throws JsonSyntaxException when the text is not one well-formed JSON value
   */
  public static Object parse(String text) {
    try {
      return MAPPER.readValue(text, ANY);
    } catch (JsonProcessingException e) {
      throw new JsonSyntaxException(e.getOriginalMessage(), e);
    }
  }

  /** Writes a plain value as compact JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a plain value as indented JSON text. */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
    }
  }

  /** A deep copy of a plain JSON value; immutable leaves are shared. */
  public static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = LinkedHashMap.newLinkedHashMap(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put((String) e.getKey(), deepCopy(e.getValue()));
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(deepCopy(item));
      }
      return copy;
    }
    return value;
  }

  /**
   * Equality of JSON values: numbers compare by value ({@code 1 == 1.0}), objects ignore key order.
   */
  @SuppressWarnings("ReferenceEquality") // the same object is equal to itself: a fast path
  public static boolean valueEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !valueEquals(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!valueEquals(i.next(), j.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** Compares two JSON numbers by value. */
  public static int compareNumbers(Number x, Number y) {
    if (isIntegral(x) && isIntegral(y)) {
      if (x instanceof BigInteger || y instanceof BigInteger) {
        return toBigInteger(x).compareTo(toBigInteger(y));
      }
      return Long.compare(x.longValue(), y.longValue());
    }
    return toBigDecimal(x).compareTo(toBigDecimal(y));
  }

  /** True for integer representations (not for a double that happens to be whole). */
  public static boolean isIntegral(Number n) {
    return n instanceof Integer
        || n instanceof Long
        || n instanceof Short
        || n instanceof Byte
        || n instanceof BigInteger;
  }

  private static BigInteger toBigInteger(Number n) {
    return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
  }

  /** A number as an exact decimal. */
  public static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(Double.toString(n.doubleValue()));
  }

  /**
   * The JSON type name of a value as AWS words it in messages ({@code object}, {@code array}...).
   */
  public static String typeName(Object value) {
    return switch (value) {
      case null -> "null";
      case Map<?, ?> m -> "object";
      case List<?> l -> "array";
      case String s -> "string";
      case Number n -> "number";
      case Boolean b -> "boolean";
      default -> value.getClass().getSimpleName();
    };
  }

  /** A JSON object value, typed for callers that know it is one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }

  /** A JSON array value, typed for callers that know it is one. */
  @SuppressWarnings("unchecked")
  public static List<Object> asArray(Object value) {
    return (List<Object>) value;
  }
}
