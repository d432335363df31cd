package io.stepwell.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambda's error document, the body of a response whose {@code X-Amz-Function-Error} is {@code
 * Unhandled}: {@code {"errorMessage": ..., "errorType": ..., "stackTrace": [...]}}.
 *
 * @param errorMessage the message, e.g. the exception's message
 * @param errorType the error's name, e.g. {@code java.lang.IllegalStateException} or {@code
 *     Sandbox.Timedout}
 * @param stackTrace the frames, one string each, or {@code null} when the document has none (as in
 *     Lambda's own timeout and size errors)
 */
public record ErrorDocument(String errorMessage, String errorType, List<String> stackTrace) {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  public ErrorDocument {
    stackTrace = stackTrace == null ? null : List.copyOf(stackTrace);
  }

  /** A document without a stack trace, as Lambda writes for its own errors. */
  public static ErrorDocument of(String errorType, String errorMessage) {
    return new ErrorDocument(errorMessage, errorType, null);
  }

  /** The document as JSON, keys in Lambda's order: errorMessage, errorType, stackTrace. */
  public Payload toPayload() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("errorMessage", errorMessage);
    doc.put("errorType", errorType);
    if (stackTrace != null) {
      doc.put("stackTrace", stackTrace);
    }
    try {
      return Payload.wrap(MAPPER.writeValueAsBytes(doc));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the fields of a document a runtime wrote. Missing or non-text fields become {@code null};
   * a body that is not a JSON object gives a document with only {@code null}s, as the runtime sent
   * something Lambda could not name.
   */
  public static ErrorDocument parse(Payload payload) {
    JsonNode root;
    try {
      root = MAPPER.readTree(payload.inputStream());
    } catch (IOException e) {
      return new ErrorDocument(null, null, null);
    }
    if (root == null || !root.isObject()) {
      return new ErrorDocument(null, null, null);
    }
    List<String> trace = null;
    JsonNode frames = root.get("stackTrace");
    if (frames != null && frames.isArray()) {
      trace = new ArrayList<>();
      for (JsonNode frame : frames) {
        trace.add(frame.isTextual() ? frame.asText() : frame.toString());
      }
    }
    return new ErrorDocument(text(root, "errorMessage"), text(root, "errorType"), trace);
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
