package io.stepwell.asl.jsonata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;

/**
 * {@code $parse(text)}: the JSON value a string holds, AWS's replacement for JSONata's {@code
 * $eval}. An absent argument gives nothing; one that is not a string is a signature error; text
 * that is not exactly one JSON value (empty, trailing content, a repeated key, a number beyond a
 * double) is an error.
 */
final class ParseFunction implements AddedFunction {
  private static final ObjectReader STRICT =
      Json.mapper()
          .reader()
          .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .forType(Object.class);

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public String signature() {
    return "<x?x?:x>";
  }

  @Override
  public Object apply(List<?> arguments, Invocation invocation) {
    AddedFunction.rejectArgumentsFrom(arguments, 1, name());
    Object argument = AddedFunction.argument(arguments, 0);
    if (argument == null) {
      return null;
    }
    if (!(argument instanceof String text)) {
      throw AddedFunctionError.signature(name(), 1);
    }
    Object value;
    try {
      value = STRICT.readValue(text);
    } catch (JsonProcessingException e) {
      throw AddedFunctionError.invalid("Invalid JSON");
    }
    if (hasNonFiniteNumber(value)) {
      throw AddedFunctionError.invalid("Invalid JSON");
    }
    return JsonataValues.toJsonata(value);
  }

  private static boolean hasNonFiniteNumber(Object value) {
    return switch (value) {
      case Double d -> !Double.isFinite(d);
      case Map<?, ?> map -> map.values().stream().anyMatch(ParseFunction::hasNonFiniteNumber);
      case List<?> list -> list.stream().anyMatch(ParseFunction::hasNonFiniteNumber);
      case null, default -> false;
    };
  }
}
