package io.stepwell.asl.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.util.Map;

/**
 * The first step of validation: the raw text must be one JSON object. Text that is not JSON gets
 * AWS's {@code INVALID_JSON_DESCRIPTION}, worded as the Jackson version behind AWS words it; text
 * that is blank or JSON but not an object gets "Definition must be a valid JSON object".
 */
final class DefinitionText {
  /** Jackson stopped quoting more of the source than this in its locations. */
  private static final int MAX_SNIPPET = 500;

  private DefinitionText() {}

  /**
   * The definition as a JSON object, or {@code null} after adding the finding that says why not.
   */
  static Map<String, Object> parse(String text, Findings findings) {
    if (text == null || text.isBlank()) {
      findings.error(Messages.SCHEMA_VALIDATION_FAILED, Messages.notAnObject(), null);
      return null;
    }
    Object value;
    try {
      value = Json.parse(text);
    } catch (JsonSyntaxException e) {
      String where = sourceLocation(text, e);
      findings.error(
          Messages.INVALID_JSON_DESCRIPTION,
          e.getMessage() + "\n at " + where,
          new Location(where));
      return null;
    }
    if (!(value instanceof Map<?, ?>)) {
      findings.error(Messages.SCHEMA_VALIDATION_FAILED, Messages.notAnObject(), null);
      return null;
    }
    return Json.asObject(value);
  }

  /**
   * Jackson's location text, e.g. {@code [Source: (String)"not a definition"; line: 1, column: 4]}.
   */
  private static String sourceLocation(String text, JsonSyntaxException e) {
    int line = 1;
    int column = 1;
    if (e.getCause() instanceof JsonProcessingException cause && cause.getLocation() != null) {
      JsonLocation at = cause.getLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    StringBuilder sb = new StringBuilder("[Source: (String)\"");
    if (text.length() > MAX_SNIPPET) {
      sb.append(text, 0, MAX_SNIPPET)
          .append("\"[truncated ")
          .append(text.length() - MAX_SNIPPET)
          .append(" chars]");
    } else {
      sb.append(text).append('"');
    }
    return sb.append("; line: ")
        .append(line)
        .append(", column: ")
        .append(column)
        .append(']')
        .toString();
  }
}
