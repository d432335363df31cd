package io.stepwell.services.http;

import io.stepwell.asl.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * URL-encodes JSON objects as Step Functions does for {@code RequestBodyEncoding: URL_ENCODED} and
 * query parameters: nested objects as {@code a[b]=c}, arrays by {@code ArrayFormat} — {@code
 * INDICES} ({@code a[0]=x&a[1]=y}, the default), {@code REPEAT} ({@code a=x&a=y}), {@code COMMAS}
 * ({@code a=x,y}), {@code BRACKETS} ({@code a[]=x&a[]=y}).
 */
final class FormEncoder {
  static final List<String> ARRAY_FORMATS = List.of("INDICES", "REPEAT", "COMMAS", "BRACKETS");

  private FormEncoder() {}

  static String encode(Map<String, Object> object, String arrayFormat) {
    List<String> pairs = new ArrayList<>();
    object.forEach((k, v) -> add(pairs, k, v, arrayFormat));
    return String.join("&", pairs);
  }

  private static void add(List<String> pairs, String name, Object value, String format) {
    if (value instanceof Map<?, ?> m) {
      Json.asObject(m).forEach((k, v) -> add(pairs, name + "[" + k + "]", v, format));
    } else if (value instanceof List<?> list) {
      switch (format) {
        case "REPEAT" -> list.forEach(v -> add(pairs, name, v, format));
        case "COMMAS" ->
            pairs.add(
                enc(name)
                    + "="
                    + enc(String.join(",", list.stream().map(FormEncoder::scalar).toList())));
        case "BRACKETS" -> list.forEach(v -> add(pairs, name + "[]", v, format));
        default -> {
          for (int i = 0; i < list.size(); i++) {
            add(pairs, name + "[" + i + "]", list.get(i), format);
          }
        }
      }
    } else {
      pairs.add(enc(name) + "=" + enc(scalar(value)));
    }
  }

  private static String scalar(Object v) {
    return v == null ? "null" : v instanceof String s ? s : Json.write(v);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
