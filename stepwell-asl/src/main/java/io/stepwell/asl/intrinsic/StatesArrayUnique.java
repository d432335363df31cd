package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code States.ArrayUnique(array)}: the items without repeats, each where it first appeared. */
record StatesArrayUnique() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.ArrayUnique";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1);
    List<Object> unique = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object item : Args.array(call.value(0), this)) {
      if (seen.add(Json.write(canonical(item)))) {
        unique.add(item);
      }
    }
    return unique;
  }

  /**
   * A form in which values that {@link Json#valueEquals} calls equal write the same text: keys
   * sorted, numbers as plain decimals without trailing zeros. It keeps the loop linear where
   * comparing every pair would not be.
   */
  private static Object canonical(Object value) {
    return switch (value) {
      case Map<?, ?> map -> {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put((String) k, canonical(v)));
        yield sorted;
      }
      case List<?> list -> list.stream().map(StatesArrayUnique::canonical).toList();
      case Number n -> {
        BigDecimal d = Json.toBigDecimal(n);
        yield "#" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
      }
      case String s -> "'" + s;
      case null, default -> value;
    };
  }
}
