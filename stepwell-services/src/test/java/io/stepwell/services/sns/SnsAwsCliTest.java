package io.stepwell.services.sns;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.services.sms.AwsCli;
import io.stepwell.services.sms.SmsHarness;
import io.stepwell.services.sms.SmsMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnsAwsCliTest {
  private SmsHarness h;

  @BeforeEach
  void start() {
    AwsCli.require();
    h = SmsHarness.inMemory();
  }

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void cliPublishesAnSms() throws Exception {
    AwsCli.Result r =
        AwsCli.run(
            h.endpoint().toString(),
            "sns",
            "publish",
            "--phone-number",
            "+15551234567",
            "--message",
            "See you at 3pm");

    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.out()).contains("MessageId");
    assertThat(h.sms.messages().list(null, 10).messages())
        .singleElement()
        .extracting(SmsMessage::body)
        .isEqualTo("See you at 3pm");
  }

  @Test
  void cliShowsSnsError() throws Exception {
    AwsCli.Result r =
        AwsCli.run(
            h.endpoint().toString(), "sns", "publish", "--phone-number", "555", "--message", "x");

    assertThat(r.exitCode()).isNotZero();
    assertThat(r.out())
        .contains("(InvalidParameter)")
        .contains("Invalid parameter: PhoneNumber Reason: 555 is not valid to publish to");
  }
}
