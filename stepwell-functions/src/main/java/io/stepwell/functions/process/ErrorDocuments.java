package io.stepwell.functions.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stepwell.functions.ErrorDocument;
import io.stepwell.functions.Payload;
import java.io.IOException;

/** The error document an invoker receives for what a runtime posted to {@code /error}. */
final class ErrorDocuments {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ErrorDocuments() {}

  /**
   * The body as the runtime wrote it when it is a JSON object (each runtime has its own shape:
   * Node's {@code trace}, Python's {@code requestId}); otherwise, as Lambda does when the body
   * cannot be read, a document built from the {@code Lambda-Runtime-Function-Error-Type} header.
   */
  static Payload posted(String errorType, BoundedBody body) {
    if (!body.overLimit() && isJsonObject(body.payload())) {
      return body.payload();
    }
    String text = body.overLimit() ? "" : body.payload().utf8().strip();
    return ErrorDocument.of(errorType == null ? "Unhandled" : errorType, text).toPayload();
  }

  private static boolean isJsonObject(Payload payload) {
    try {
      JsonNode node = JSON.readTree(payload.inputStream());
      return node != null && node.isObject();
    } catch (IOException e) {
      return false;
    }
  }
}
