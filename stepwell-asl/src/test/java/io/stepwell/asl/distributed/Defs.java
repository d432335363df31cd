package io.stepwell.asl.distributed;

import io.stepwell.asl.json.Json;
import java.util.Map;

/** Definition fragments written as JSON text, for readable tests. */
final class Defs {
  private Defs() {}

  static Map<String, Object> object(String json) {
    return Json.asObject(Json.parse(json));
  }
}
