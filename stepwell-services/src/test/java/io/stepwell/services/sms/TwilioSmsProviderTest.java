package io.stepwell.services.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioSmsProviderTest {
  private HttpServer fake;
  private final AtomicReference<Map<String, String>> form = new AtomicReference<>();
  private final AtomicReference<String> path = new AtomicReference<>();
  private final AtomicReference<String> auth = new AtomicReference<>();
  private volatile int status = 201;
  private volatile String answer = "{\"sid\":\"SM0123456789abcdef\",\"status\":\"queued\"}";

  @BeforeEach
  void startFakeTwilio() throws Exception {
    fake =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    fake.createContext(
        "/",
        exchange -> {
          path.set(exchange.getRequestURI().getPath());
          auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          form.set(
              FormFields.parse(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    fake.start();
  }

  @AfterEach
  void stop() {
    fake.stop(0);
  }

  private TwilioSmsProvider provider() {
    return new TwilioSmsProvider(
        new TwilioConfig(
            "AC123",
            "secret",
            "+15550000000",
            URI.create("http://127.0.0.1:" + fake.getAddress().getPort())));
  }

  @Test
  void sendPostsTheMessageFormWithBasicAuth() {
    SmsDelivery result = provider().send("+15551234567", null, "Tuesday 3pm? & more");

    assertThat(result).isEqualTo(new SmsDelivery.Sent("SM0123456789abcdef"));
    assertThat(path.get()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
    assertThat(auth.get())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("AC123:secret".getBytes(StandardCharsets.UTF_8)));
    assertThat(form.get())
        .containsEntry("To", "+15551234567")
        .containsEntry("From", "+15550000000")
        .containsEntry("Body", "Tuesday 3pm? & more");
  }

  @Test
  void twilioErrorDocumentIsANonRetryableFailure() {
    status = 400;
    answer =
        "{\"code\":21211,\"message\":\"The 'To' number +1555 is not a valid phone number.\","
            + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}";

    assertThat(provider().send("+1555", null, "x"))
        .isEqualTo(
            new SmsDelivery.Failed(
                "21211", "The 'To' number +1555 is not a valid phone number.", false));
  }

  @Test
  void throttlingAndServerErrorsAreRetryable() {
    status = 429;
    answer = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";
    assertThat(provider().send("+15551234567", null, "x"))
        .isEqualTo(new SmsDelivery.Failed("20429", "Too Many Requests", true));

    status = 503;
    answer = "<html>down</html>";
    assertThat(provider().send("+15551234567", null, "x"))
        .isEqualTo(new SmsDelivery.Failed("HTTP503", "Twilio answered HTTP 503", true));
  }

  @Test
  void unreachableTwilioIsRetryable() {
    int port = fake.getAddress().getPort();
    fake.stop(0);
    TwilioSmsProvider p =
        new TwilioSmsProvider(
            new TwilioConfig("AC1", "t", "+1555", URI.create("http://127.0.0.1:" + port)));

    SmsDelivery result = p.send("+15551234567", null, "x");

    assertThat(result)
        .isInstanceOfSatisfying(
            SmsDelivery.Failed.class,
            f -> {
              assertThat(f.code()).isEqualTo("NetworkError");
              assertThat(f.retryable()).isTrue();
            });
  }

  @Test
  void configNeedsCredentialsAndHidesTheToken() {
    assertThatThrownBy(() -> new TwilioConfig("", "t", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TwilioConfig("AC1", "s3cret", null, null).toString())
        .doesNotContain("s3cret")
        .contains("https://api.twilio.com");
  }

  @Test
  void workflowSendsThroughTwilio() throws Exception {
    try (SmsHarness h =
        new SmsHarness(
            new io.stepwell.engine.store.InMemoryStore(),
            new io.stepwell.engine.store.InMemoryKeyValueStore(),
            provider(),
            java.time.InstantSource.system())) {
      String sm = h.stateMachine("booking", SmsReplyWorkflowTest.BOOKING);
      h.engine.startExecution(sm, null, "{\"phone\":\"+15551234567\",\"text\":\"3pm?\"}");

      SmsMessage waiting = h.awaitWaiting("+15551234567");

      assertThat(waiting.providerMessageId()).isEqualTo("SM0123456789abcdef");
      assertThat(form.get()).containsEntry("Body", "3pm?");
    }
  }
}
