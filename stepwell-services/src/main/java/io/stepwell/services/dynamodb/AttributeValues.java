package io.stepwell.services.dynamodb;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS's attribute values as plain maps with one member ({@code {"S": "x"}}): checks, canonical
 * form, equality and order as DynamoDB defines them.
 */
final class AttributeValues {
  static final List<String> TYPES =
      List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

  private AttributeValues() {}

  /** The type of a well-formed value ({@code S}, {@code N}...). */
  static String type(Map<String, Object> value) {
    return value.keySet().iterator().next();
  }

  static Map<String, Object> of(String type, Object payload) {
    Map<String, Object> value = new LinkedHashMap<>(1);
    value.put(type, payload);
    return value;
  }

  static Map<String, Object> number(BigDecimal n) {
    return of("N", Numbers.format(n));
  }

  /** A value checked as DynamoDB checks it, with its numbers in canonical form. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> normalize(Object raw) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw DynamoErrors.serialization("Unexpected value type in payload");
    }
    Map<String, Object> value = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (TYPES.contains((String) e.getKey()) && e.getValue() != null) {
        value.put((String) e.getKey(), e.getValue());
      }
    }
    if (value.isEmpty()) {
      throw DynamoErrors.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (value.size() > 1) {
      throw DynamoErrors.validation(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
              + " supported datatypes");
    }
    String type = type(value);
    Object payload = value.get(type);
    return switch (type) {
      case "S" -> of("S", text(payload));
      case "N" -> of("N", Numbers.canonical(text(payload)));
      case "B" -> of("B", base64(payload));
      case "BOOL" -> {
        if (!(payload instanceof Boolean b)) {
          throw DynamoErrors.serialization("Unexpected value type in payload");
        }
        yield of("BOOL", b);
      }
      case "NULL" -> {
        if (!Boolean.TRUE.equals(payload)) {
          throw DynamoErrors.invalidParameter(
              "Null attribute value types must have the value of true");
        }
        yield of("NULL", true);
      }
      case "SS", "NS", "BS" -> of(type, set(type, list(payload)));
      case "L" -> {
        List<Object> items = new ArrayList<>();
        for (Object item : list(payload)) {
          items.add(normalize(item));
        }
        yield of("L", items);
      }
      default -> {
        if (!(payload instanceof Map<?, ?> members)) {
          throw DynamoErrors.serialization("Unexpected value type in payload");
        }
        yield of("M", normalizeItem((Map<String, Object>) members));
      }
    };
  }

  /** Every attribute of an item (or of a map value) normalized. */
  static Map<String, Object> normalizeItem(Map<String, Object> item) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : item.entrySet()) {
      out.put(e.getKey(), normalize(e.getValue()));
    }
    return out;
  }

  private static List<Object> set(String type, List<?> members) {
    if (members.isEmpty()) {
      throw DynamoErrors.invalidParameter(
          switch (type) {
            case "SS" -> "An string set  may not be empty";
            case "NS" -> "An number set  may not be empty";
            default -> "Binary sets should not be empty";
          });
    }
    List<Object> out = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (Object m : members) {
      String canonical =
          switch (type) {
            case "NS" -> Numbers.canonical(text(m));
            case "BS" -> base64(m);
            default -> text(m);
          };
      if (!seen.add(canonical)) {
        throw DynamoErrors.invalidParameter(
            "Input collection "
                + members.toString()
                + (type.equals("BS")
                    ? "of type BS contains duplicates."
                    : " contains duplicates."));
      }
      out.add(canonical);
    }
    return out;
  }

  private static String text(Object payload) {
    if (!(payload instanceof String s)) {
      throw DynamoErrors.serialization("Unexpected value type in payload");
    }
    return s;
  }

  private static List<?> list(Object payload) {
    if (!(payload instanceof List<?> l)) {
      throw DynamoErrors.serialization("Unexpected value type in payload");
    }
    return l;
  }

  private static String base64(Object payload) {
    try {
      return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(text(payload)));
    } catch (IllegalArgumentException e) {
      throw DynamoErrors.serialization("Base64 encoded value is invalid");
    }
  }

  static byte[] bytes(Object base64) {
    return Base64.getDecoder().decode((String) base64);
  }

  /** Equality as DynamoDB compares: numbers by value, sets in any order. */
  @SuppressWarnings("unchecked")
  static boolean equal(Map<String, Object> a, Map<String, Object> b) {
    if (a == null || b == null) {
      return false;
    }
    String type = type(a);
    if (!type.equals(type(b))) {
      return false;
    }
    Object x = a.get(type);
    Object y = b.get(type);
    return switch (type) {
      case "N" -> new BigDecimal((String) x).compareTo(new BigDecimal((String) y)) == 0;
      case "B" -> Arrays.equals(bytes(x), bytes(y));
      case "SS", "BS" -> new HashSet<>((List<Object>) x).equals(new HashSet<>((List<Object>) y));
      case "NS" -> numberSet((List<Object>) x).equals(numberSet((List<Object>) y));
      case "L" -> {
        List<Object> l1 = (List<Object>) x;
        List<Object> l2 = (List<Object>) y;
        if (l1.size() != l2.size()) {
          yield false;
        }
        for (int i = 0; i < l1.size(); i++) {
          if (!equal((Map<String, Object>) l1.get(i), (Map<String, Object>) l2.get(i))) {
            yield false;
          }
        }
        yield true;
      }
      case "M" -> {
        Map<String, Object> m1 = (Map<String, Object>) x;
        Map<String, Object> m2 = (Map<String, Object>) y;
        if (!m1.keySet().equals(m2.keySet())) {
          yield false;
        }
        for (String k : m1.keySet()) {
          if (!equal((Map<String, Object>) m1.get(k), (Map<String, Object>) m2.get(k))) {
            yield false;
          }
        }
        yield true;
      }
      default -> x.equals(y);
    };
  }

  private static Set<BigDecimal> numberSet(List<Object> members) {
    Set<BigDecimal> out = new HashSet<>();
    for (Object m : members) {
      out.add(new BigDecimal((String) m).stripTrailingZeros());
    }
    return out;
  }

  /** Whether values of this type can be ordered ({@code <}, {@code BETWEEN}, sort keys). */
  static boolean ordered(String type) {
    return type.equals("S") || type.equals("N") || type.equals("B");
  }

  /** The order of two values of one ordered type: numbers by value, text and binary by bytes. */
  static int compare(Map<String, Object> a, Map<String, Object> b) {
    String type = type(a);
    Object x = a.get(type);
    Object y = b.get(type);
    return switch (type) {
      case "N" -> new BigDecimal((String) x).compareTo(new BigDecimal((String) y));
      case "B" -> Arrays.compareUnsigned(bytes(x), bytes(y));
      default -> compareText((String) x, (String) y);
    };
  }

  /** Text in UTF-8 byte order, which is code point order. */
  static int compareText(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
