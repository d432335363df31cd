package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transformers the recorder applied to every Step Functions snapshot without listing them in
 * the case (LocalStack's basic snapshot transformers and its {@code stepfunctions_api()} set),
 * reproduced for runs:
 *
 * <ul>
 *   <li>ISO-8601 timestamps anywhere in the text become {@code date};
 *   <li>the {@code Date} and {@code X-Amzn-Trace-Id} headers under {@code SdkHttpMetadata} become
 *       {@code date} and {@code X-Amzn-Trace-Id};
 *   <li>a JSON document quoted in a {@code cause} ({@code ... the input '{...}'}) becomes {@code
 *       <json-input:N>}, there and wherever else the same text occurs.
 * </ul>
 *
 * The recorder's {@code <uuid:N>} replacement of ids is not reproduced: {@link TokenPattern} treats
 * those tokens as wildcards bound consistently, which checks the same thing.
 */
final class RecorderDefaults {
  /** localstack_snapshot's PATTERN_ISO8601: a full date and time, with a zone. */
  private static final Pattern ISO_8601 =
      Pattern.compile(
          "(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
              + "|(?:0[13578]|1[02])-31)|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])"
              + "|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d"
              + "(?:\\.\\d{1,9})?(?:Z|[+-][01]\\d:?([0-5]\\d)?)");

  private static final List<String> HEADER_PATHS =
      List.of(
          "$..SdkHttpMetadata.AllHttpHeaders.Date",
          "$..SdkHttpMetadata.AllHttpHeaders.X-Amzn-Trace-Id",
          "$..SdkHttpMetadata.HttpHeaders.Date",
          "$..SdkHttpMetadata.HttpHeaders.X-Amzn-Trace-Id");

  /** The recorder's {@code .*'({.*})'}, matched from the start of a cause. */
  private static final Pattern QUOTED_INPUT = Pattern.compile(".*'(\\{.*\\})'");

  private RecorderDefaults() {}

  static Object apply(Object document) {
    for (String path : HEADER_PATHS) {
      String replacement = path.endsWith("Date") ? "date" : "X-Amzn-Trace-Id";
      DeepPath.parse(path).find(document).forEach(at -> at.set(replacement));
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    collectQuotedInputs(document, inputs);
    String text = Json.write(document);
    text = ISO_8601.matcher(text).replaceAll("date");
    Object out = Json.parse(text);
    if (!inputs.isEmpty()) {
      replaceQuotedInputs(out, inputs);
    }
    return out;
  }

  private static void collectQuotedInputs(Object node, Map<String, String> inputs) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if ("cause".equals(e.getKey()) && e.getValue() instanceof String cause) {
          Matcher m = QUOTED_INPUT.matcher(cause);
          if (m.lookingAt() && isJson(m.group(1))) {
            String quoted = ISO_8601.matcher(m.group(1)).replaceAll("date");
            inputs.computeIfAbsent(quoted, q -> "<json-input:" + (inputs.size() + 1) + ">");
          }
        } else {
          collectQuotedInputs(e.getValue(), inputs);
        }
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectQuotedInputs(item, inputs));
    }
  }

  @SuppressWarnings("unchecked")
  private static void replaceQuotedInputs(Object node, Map<String, String> inputs) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        if (e.getValue() instanceof String s) {
          e.setValue(replaceAll(s, inputs));
        } else {
          replaceQuotedInputs(e.getValue(), inputs);
        }
      }
    } else if (node instanceof List<?> list) {
      List<Object> items = (List<Object>) list;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof String s) {
          items.set(i, replaceAll(s, inputs));
        } else {
          replaceQuotedInputs(items.get(i), inputs);
        }
      }
    }
  }

  private static String replaceAll(String s, Map<String, String> inputs) {
    String out = s;
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  private static boolean isJson(String text) {
    try {
      Json.parse(text);
      return true;
    } catch (JsonSyntaxException e) {
      return false;
    }
  }
}
