package io.stepwell.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $partition(array, size)}: the array in chunks of {@code size} items, the last one holding
 * the rest. An absent or empty array and a size that rounds to zero give nothing; an absent size
 * gives the whole array as one chunk; a negative size is an error. A single value counts as an
 * array of one, as JSONata's array parameters take it.
 */
final class PartitionFunction implements AddedFunction {
  @Override
  public String name() {
    return "partition";
  }

  @Override
  public String signature() {
    return "<x?x?x?:x>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    AddedFunction.rejectArgumentsFrom(arguments, 2, name());
    Object first = AddedFunction.argument(arguments, 0);
    if (first == null) {
      return null;
    }
    if (Jsonata.NULL_VALUE.equals(first)) {
      throw new AddedFunctionError(
          "T0412: Argument 1 of function \"partition\" must be an array of undefined");
    }
    List<?> array = first instanceof List<?> list ? list : List.of(first);
    if (array.isEmpty()) {
      return null;
    }
    Object second = AddedFunction.argument(arguments, 1);
    if (second == null) {
      List<Object> whole = new ArrayList<>();
      whole.add(new ArrayList<>(array));
      return whole;
    }
    long size = AddedFunction.integer(second, name(), 2);
    if (size < 0) {
      throw AddedFunctionError.invalid("Second argument must be zero or greater");
    }
    if (size == 0) {
      return null;
    }
    List<Object> chunks = new ArrayList<>();
    int step = (int) Math.min(size, array.size());
    for (int from = 0; from < array.size(); from += step) {
      chunks.add(new ArrayList<>(array.subList(from, Math.min(from + step, array.size()))));
    }
    return chunks;
  }
}
