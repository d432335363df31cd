package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.services.dynamodb.UpdateAction.ValueExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries out an update expression on an item. Every {@code SET} value is computed from the item as
 * it was before the update, then the actions are applied in order; list elements removed by index
 * go last, highest index first, so each index names an element of the original list.
 */
final class UpdateApplier {
  private UpdateApplier() {}

  /**
   * The item after the update.
   *
   * @param old the item before, or {@code null} when there is none (the update creates it)
   * @param key the item's key attributes
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> apply(
      List<UpdateAction> actions, Map<String, Object> old, Map<String, Object> key) {
    Map<String, Object> before = old == null ? key : old;
    for (UpdateAction action : actions) {
      if (key.containsKey(action.path().head())) {
        throw DynamoErrors.invalidParameter(
            "Cannot update attribute "
                + action.path().head()
                + ". This attribute is part of the key");
      }
    }
    List<Map<String, Object>> values = new ArrayList<>();
    for (UpdateAction action : actions) {
      values.add(action instanceof UpdateAction.Set set ? resolve(set.value(), before) : null);
    }
    Map<String, Object> item = (Map<String, Object>) Json.deepCopy(before);
    List<DocPath> listRemovals = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      switch (actions.get(i)) {
        case UpdateAction.Set set -> put(item, set.path(), values.get(i));
        case UpdateAction.Remove remove -> {
          if (last(remove.path()) instanceof Integer) {
            parent(item, remove.path());
            listRemovals.add(remove.path());
          } else {
            remove(item, remove.path());
          }
        }
        case UpdateAction.Add add -> add(item, add.path(), add.value());
        case UpdateAction.Delete delete -> delete(item, delete.path(), delete.value());
      }
    }
    listRemovals.sort(Comparator.comparingInt(p -> -(Integer) last(p)));
    for (DocPath path : listRemovals) {
      remove(item, path);
    }
    return item;
  }

  /** The top-level attributes an update touches, for {@code UPDATED_OLD}/{@code UPDATED_NEW}. */
  static List<DocPath> paths(List<UpdateAction> actions) {
    Set<DocPath> out = new LinkedHashSet<>();
    for (UpdateAction a : actions) {
      out.add(a.path());
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(ValueExpression value, Map<String, Object> item) {
    return switch (value) {
      case ValueExpression.Plain plain -> {
        Map<String, Object> v = ConditionEvaluator.value(plain.operand(), item);
        if (v == null) {
          throw DynamoErrors.validation(
              "The provided expression refers to an attribute that does not exist in the item");
        }
        yield v;
      }
      case ValueExpression.IfNotExists f -> {
        Map<String, Object> v = f.path().read(item);
        yield v != null ? v : resolve(f.fallback(), item);
      }
      case ValueExpression.Arithmetic a -> {
        BigDecimal x = number(resolve(a.left(), item));
        BigDecimal y = number(resolve(a.right(), item));
        yield AttributeValues.number(
            Numbers.check(a.operator().equals("+") ? x.add(y) : x.subtract(y)));
      }
      case ValueExpression.ListAppend l -> {
        List<Object> joined = new ArrayList<>(list(resolve(l.first(), item)));
        joined.addAll(list(resolve(l.second(), item)));
        yield AttributeValues.of("L", joined);
      }
    };
  }

  private static BigDecimal number(Map<String, Object> v) {
    if (!"N".equals(AttributeValues.type(v))) {
      throw incorrectType();
    }
    return new BigDecimal((String) v.get("N"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> v) {
    if (!"L".equals(AttributeValues.type(v))) {
      throw incorrectType();
    }
    return (List<Object>) v.get("L");
  }

  private static io.stepwell.server.AwsException incorrectType() {
    return DynamoErrors.validation(
        "An operand in the update expression has an incorrect data type");
  }

  private static Object last(DocPath path) {
    return path.elements().get(path.elements().size() - 1);
  }

  /** The container ({@code M} members or {@code L} elements) the path's last element lives in. */
  @SuppressWarnings("unchecked")
  private static Object parent(Map<String, Object> item, DocPath path) {
    if (!path.nested()) {
      return item;
    }
    Map<String, Object> holder =
        new DocPath(path.elements().subList(0, path.elements().size() - 1)).read(item);
    Object container = null;
    if (holder != null) {
      container = last(path) instanceof Integer ? holder.get("L") : holder.get("M");
    }
    if (container == null) {
      throw DynamoErrors.validation(
          "The document path provided in the update expression is invalid for update");
    }
    return container;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> item, DocPath path, Map<String, Object> value) {
    Object copy = Json.deepCopy(value);
    Object container = parent(item, path);
    if (container instanceof List<?> raw) {
      List<Object> list = (List<Object>) raw;
      int index = (Integer) last(path);
      if (index >= list.size()) {
        list.add(copy);
      } else {
        list.set(index, copy);
      }
    } else {
      ((Map<String, Object>) container).put((String) last(path), copy);
    }
  }

  @SuppressWarnings("unchecked")
  private static void remove(Map<String, Object> item, DocPath path) {
    Object container = parent(item, path);
    if (container instanceof List<?> list) {
      int index = (Integer) last(path);
      if (index < list.size()) {
        list.remove(index);
      }
    } else {
      ((Map<String, Object>) container).remove((String) last(path));
    }
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> item, DocPath path, Map<String, Object> value) {
    Map<String, Object> existing = path.read(item);
    String type = AttributeValues.type(value);
    if (existing == null) {
      put(item, path, value);
      return;
    }
    if (!type.equals(AttributeValues.type(existing))) {
      throw incorrectType();
    }
    if (type.equals("N")) {
      put(item, path, AttributeValues.number(Numbers.check(number(existing).add(number(value)))));
      return;
    }
    List<Object> union = new ArrayList<>((List<Object>) existing.get(type));
    for (Object member : (List<Object>) value.get(type)) {
      if (!contains(type, union, member)) {
        union.add(member);
      }
    }
    put(item, path, AttributeValues.of(type, union));
  }

  @SuppressWarnings("unchecked")
  private static void delete(Map<String, Object> item, DocPath path, Map<String, Object> value) {
    Map<String, Object> existing = path.read(item);
    if (existing == null) {
      return;
    }
    String type = AttributeValues.type(value);
    if (!type.equals(AttributeValues.type(existing))) {
      throw incorrectType();
    }
    List<Object> remaining = new ArrayList<>();
    List<Object> taken = (List<Object>) value.get(type);
    for (Object member : (List<Object>) existing.get(type)) {
      if (!contains(type, taken, member)) {
        remaining.add(member);
      }
    }
    if (remaining.isEmpty()) {
      remove(item, path);
    } else {
      put(item, path, AttributeValues.of(type, remaining));
    }
  }

  private static boolean contains(String setType, List<Object> members, Object member) {
    String scalar = setType.substring(0, 1);
    Map<String, Object> m = AttributeValues.of(scalar, member);
    return members.stream().anyMatch(x -> AttributeValues.equal(AttributeValues.of(scalar, x), m));
  }
}
