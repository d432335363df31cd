package io.stepwell.services.dynamodb;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.server.AwsException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test shorthands for attribute values, JSON and DynamoDB's errors. */
final class Av {
  private Av() {}

  static Map<String, Object> s(String value) {
    return Map.of("S", value);
  }

  static Map<String, Object> n(String value) {
    return Map.of("N", value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    return (Map<String, Object>) Json.parse(text);
  }

  static void rejects(ThrowingCallable call, String type, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(type);
              org.assertj.core.api.Assertions.assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  static void invalid(ThrowingCallable call, String message) {
    rejects(call, "com.amazon.coral.validate#ValidationException", message);
  }
}
