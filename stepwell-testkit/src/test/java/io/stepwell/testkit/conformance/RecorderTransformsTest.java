package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecorderTransformsTest {
  @Test
  void requestIdRegexReproducesTheRecordedQuirk() {
    // given: the transformer of express.test_express_sync.test_catch, which eats a quote
    Map<String, Object> transformer =
        Map.of(
            "kind",
            "regex",
            "regex",
            "\\\\\"requestId\\\\\":\\\\\"([a-f0-9\\-]+)\\\\\"",
            "replacement",
            "\\\"requestId\\\":<request-id>\\\"");
    ConformanceCase c =
        new ConformanceCase(
            "c",
            "lambda",
            Map.of("comparison", Map.of("snapshot_transformers", List.of(transformer))));
    RecorderTransforms transforms = new RecorderTransforms(c, CaseFunctions.of(c).orElseThrow());
    Map<String, Object> output =
        Map.of("Cause", "{\"requestId\":\"0b4e5e2a-1111-4aaa-8bbb-123456789abc\",\"x\":1}");

    // when
    Object transformed = transforms.apply(Map.of("output", output));

    // then: the recorded text is {"requestId":<request-id>","x":1}
    assertThat(Json.asObject(Json.asObject(transformed).get("output")))
        .containsEntry("Cause", "{\"requestId\":<request-id>\",\"x\":1}");
  }

  @Test
  void isoTimestampsAnywhereBecomeDate() {
    // given
    ConformanceCase c = new ConformanceCase("c", "pure", Map.of());
    RecorderTransforms transforms = new RecorderTransforms(c, CaseFunctions.of(c).orElseThrow());

    // when
    Object transformed =
        transforms.apply(
            Map.of("cause", "at 2016-03-14T01:59:00Z, late", "local", "2016-03-14T01:59:00"));

    // then: the recorder's pattern wants a zone
    assertThat(Json.asObject(transformed))
        .containsEntry("cause", "at date, late")
        .containsEntry("local", "2016-03-14T01:59:00");
  }

  @Test
  void pythonReplacementEscapesBecomeJavaOnes() {
    assertThat(RecorderTransforms.javaReplacement("<\\1>")).isEqualTo("<$1>");
    assertThat(RecorderTransforms.javaReplacement("\\g<name>$")).isEqualTo("${name}\\$");
    assertThat(RecorderTransforms.javaReplacement("\\\"")).isEqualTo("\\\\\"");
  }
}
