package io.stepwell.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorDocumentTest {
  @Test
  void writesLambdasKeysInLambdasOrder() {
    // given
    ErrorDocument doc =
        new ErrorDocument("boom", "java.lang.RuntimeException", List.of("a.B.c(B.java:1)"));

    // when
    String json = doc.toPayload().utf8();

    // then
    assertThat(json)
        .isEqualTo(
            "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.RuntimeException\","
                + "\"stackTrace\":[\"a.B.c(B.java:1)\"]}");
  }

  @Test
  void readsADocumentARuntimeWroteWithExtraFields() {
    // given: a Python runtime's document (AWS's shape, with requestId)
    Payload body =
        Payload.ofUtf8(
            "{\"errorMessage\": \"Some exception was raised.\", \"errorType\": \"Exception\","
                + " \"requestId\": \"r-1\", \"stackTrace\": [\"  File \\\"/var/task/f.py\\\"\"]}");

    // when
    ErrorDocument doc = ErrorDocument.parse(body);

    // then
    assertThat(doc.errorType()).isEqualTo("Exception");
    assertThat(doc.errorMessage()).isEqualTo("Some exception was raised.");
    assertThat(doc.stackTrace()).containsExactly("  File \"/var/task/f.py\"");
  }

  @Test
  void bodyThatIsNotADocumentHasNoFields() {
    assertThat(ErrorDocument.parse(Payload.ofUtf8("not json")))
        .isEqualTo(new ErrorDocument(null, null, null));
  }
}
