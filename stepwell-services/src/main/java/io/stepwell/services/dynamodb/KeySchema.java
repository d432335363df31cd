package io.stepwell.services.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A primary key (of a table or an index): the partition key and the optional sort key, with their
 * types ({@code S}, {@code N} or {@code B}).
 */
record KeySchema(String hash, String hashType, String range, String rangeType) {

  /** From AWS's {@code KeySchema} list and the types in {@code AttributeDefinitions}. */
  static KeySchema of(List<?> elements, Map<String, String> types) {
    String hash = null;
    String range = null;
    for (Object e : elements) {
      Map<String, Object> element = Requests.map(e, "KeySchema");
      String name = Requests.string(element.get("AttributeName"), "AttributeName");
      if ("HASH".equals(element.get("KeyType"))) {
        hash = name;
      } else {
        range = name;
      }
    }
    return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
  }

  List<String> names() {
    return range == null ? List.of(hash) : List.of(hash, range);
  }

  /** AWS's {@code KeySchema} list. */
  List<Object> describe() {
    List<Object> out = new ArrayList<>();
    out.add(Map.of("AttributeName", hash, "KeyType", "HASH"));
    if (range != null) {
      out.add(Map.of("AttributeName", range, "KeyType", "RANGE"));
    }
    return out;
  }

  /** The key attributes of an item. */
  Map<String, Object> keyOf(Map<String, Object> item) {
    Map<String, Object> key = new LinkedHashMap<>();
    for (String name : names()) {
      if (item.get(name) != null) {
        key.put(name, item.get(name));
      }
    }
    return key;
  }

  /** Whether the item has this key's attributes with their types (it is in the index). */
  @SuppressWarnings("unchecked")
  boolean covers(Map<String, Object> item) {
    Object h = item.get(hash);
    if (!(h instanceof Map<?, ?> hv) || !hv.containsKey(hashType)) {
      return false;
    }
    if (range == null) {
      return true;
    }
    return item.get(range) instanceof Map<?, ?> rv
        && ((Map<String, Object>) rv).containsKey(rangeType);
  }

  /** Refuses a {@code Key} that is not exactly this key. */
  void requireKey(Map<String, Object> key) {
    if (key.size() != names().size()) {
      throw mismatch();
    }
    for (String name : names()) {
      Object value = key.get(name);
      if (!(value instanceof Map<?, ?> v) || !v.containsKey(typeOf(name))) {
        throw mismatch();
      }
      requireNotEmpty(name, v.get(typeOf(name)));
    }
  }

  /** Refuses an item to put that lacks a key attribute or has one of another type. */
  void requireItem(Map<String, Object> item) {
    for (String name : names()) {
      Object value = item.get(name);
      if (!(value instanceof Map<?, ?> v)) {
        throw DynamoErrors.invalidParameter("Missing the key " + name + " in the item");
      }
      if (!v.containsKey(typeOf(name))) {
        throw DynamoErrors.invalidParameter(
            "Type mismatch for key "
                + name
                + " expected: "
                + typeOf(name)
                + " actual: "
                + v.keySet().iterator().next());
      }
      requireNotEmpty(name, v.get(typeOf(name)));
    }
  }

  String typeOf(String name) {
    return name.equals(hash) ? hashType : rangeType;
  }

  private static void requireNotEmpty(String name, Object payload) {
    if ("".equals(payload)) {
      throw DynamoErrors.validation(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty string value. Key: "
              + name);
    }
  }

  static io.stepwell.server.AwsException mismatch() {
    return DynamoErrors.validation("The provided key element does not match the schema");
  }

  /**
   * The item's storage key: the partition key's part, then the sort key's. Each part carries its
   * length, so a partition's part is a prefix of its items' keys and of no other partition's.
   */
  String encode(Map<String, Object> item) {
    String key = part(item.get(hash), hashType);
    return range == null ? key : key + part(item.get(range), rangeType);
  }

  /** The storage key prefix of a partition. */
  String partition(Map<String, Object> hashValue) {
    return part(hashValue, hashType);
  }

  private static String part(Object value, String type) {
    String text = (String) ((Map<?, ?>) value).get(type);
    return type + text.length() + ":" + text + "|";
  }
}
