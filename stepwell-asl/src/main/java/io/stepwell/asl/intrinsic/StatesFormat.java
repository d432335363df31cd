package io.stepwell.asl.intrinsic;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code States.Format(template, v, ...)}: the template with each {@code {}} replaced by the next
 * value. The template may be a literal or come from a path; there must be exactly one value per
 * placeholder.
 *
 * <p>Values are written the way AWS's Java runtime prints them: strings bare, {@code null} as
 * {@code null}, arrays as {@code [a, b]} and objects as {@code {k=v, k2=v2}}, with strings inside
 * them unquoted.
 */
record StatesFormat() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.Format";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 1, Integer.MAX_VALUE);
    String templateText =
        call.arguments().get(0) instanceof StringLiteral literal
            ? literal.raw()
            : Args.string(call.value(0), this);
    FormatTemplate template = FormatTemplate.parse(templateText);
    if (template == null) {
      throw IntrinsicError.invalidArguments(this);
    }
    if (template.placeholders() != call.size() - 1) {
      throw new IntrinsicError(
          "Invalid arguments in States.Format: number of arguments do not match the occurrences"
              + " of {}.");
    }
    List<String> values = new ArrayList<>(call.size() - 1);
    for (Object value : call.values().subList(1, call.size())) {
      values.add(text(value));
    }
    return template.render(values);
  }

  static String text(Object value) {
    return switch (value) {
      case String s -> s;
      case List<?> list ->
          list.stream().map(StatesFormat::text).collect(Collectors.joining(", ", "[", "]"));
      case Map<?, ?> map ->
          map.entrySet().stream()
              .map(e -> e.getKey() + "=" + text(e.getValue()))
              .collect(Collectors.joining(", ", "{", "}"));
      case null, default -> Json.write(value);
    };
  }
}
