package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** Assertions on the errors the SDK reports. */
final class AwsErrors {
  private AwsErrors() {}

  /** The call fails with HTTP 400, AWS's error code and (when given) its message. */
  static void assertAwsError(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SfnException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
              }
            });
  }
}
