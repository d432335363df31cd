package io.stepwell.services.sns;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.ScaledClock;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryKeyValueStore;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.services.sms.OutboxSmsProvider;
import io.stepwell.services.sms.SmsHarness;
import io.stepwell.services.sms.SmsMessage;
import io.stepwell.services.sms.SmsService;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnsTaskDispatcherTest {
  // Retry intervals are seconds: a clock 100 times faster keeps the test short
  private final SmsHarness h =
      new SmsHarness(
          new InMemoryStore(),
          new InMemoryKeyValueStore(),
          new OutboxSmsProvider(),
          new ScaledClock(InstantSource.system(), 100));

  @AfterEach
  void stop() {
    h.close();
  }

  private ExecutionRecord run(String definition, String input) throws InterruptedException {
    String sm = h.stateMachine("sm", definition);
    return h.engine.awaitExecution(
        h.engine.startExecution(sm, null, input).arn(), Duration.ofSeconds(20));
  }

  private static String publish(String parameters, String extra) {
    return """
    {"StartAt":"Send","States":{"Send":{"Type":"Task",
      "Resource":"arn:aws:states:::sns:publish","Parameters":%s%s,"End":true}}}
    """
        .formatted(parameters, extra);
  }

  @Test
  void publishAnswersAsStepFunctionsDoes() throws Exception {
    ExecutionRecord done =
        run(publish("{\"PhoneNumber\":\"+15551234567\",\"Message\":{\"a\":1}}", ""), "{}");

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> out = Json.asObject(Json.parse(done.output()));
    assertThat(out).containsOnlyKeys("MessageId", "SdkHttpMetadata", "SdkResponseMetadata");
    Map<String, Object> http = Json.asObject(out.get("SdkHttpMetadata"));
    assertThat(http).containsEntry("HttpStatusCode", 200);
    // Content-Length and the header names as the conformance corpus recorded them
    assertThat(Json.asObject(http.get("HttpHeaders")))
        .containsEntry("Content-Length", "294")
        .containsEntry("Content-Type", "text/xml")
        .containsEntry("connection", "keep-alive")
        .containsKeys("Date", "x-amzn-RequestId");
    assertThat(Json.asObject(http.get("AllHttpHeaders")))
        .containsEntry("Content-Length", java.util.List.of("294"));
    SmsMessage sent = h.sms.messages().list(null, 10).messages().get(0);
    assertThat(sent.body()).isEqualTo("{\"a\":1}");
    assertThat(sent.id()).isEqualTo(out.get("MessageId"));
  }

  @Test
  void invalidPhoneNumberFailsWithSnsError() throws Exception {
    ExecutionRecord done = run(publish("{\"PhoneNumber\":\"12\",\"Message\":\"x\"}", ""), "{}");

    assertThat(done.status()).isEqualTo("FAILED");
    assertThat(done.error()).isEqualTo("SNS.InvalidParameterException");
    assertThat(done.cause())
        .matches(
            "Invalid parameter: PhoneNumber Reason: 12 is not valid to publish to \\(Service:"
                + " AmazonSNS; Status Code: 400; Error Code: InvalidParameter; Request ID: .+;"
                + " Proxy: null\\)");
  }

  @Test
  void missingTopicFailsAsRecordedOnAws() throws Exception {
    ExecutionRecord done =
        run(
            publish(
                "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:none\",\"Message\":\"x\"}", ""),
            "{}");

    // conformance: services.test_sns_task_service.test_publish_base_error_topic_arn
    assertThat(done.error()).isEqualTo("SNS.NotFoundException");
    assertThat(done.cause())
        .startsWith(
            "Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound;");
  }

  @Test
  void providerFailingTwiceIsRetriedToSuccess() throws Exception {
    // given
    h.sms.failures().failNext(2, true);
    String retry =
        ",\"Retry\":[{\"ErrorEquals\":[\"SNS.InternalErrorException\"],"
            + "\"IntervalSeconds\":1,\"MaxAttempts\":3,\"BackoffRate\":1}]";

    // when
    ExecutionRecord done =
        run(publish("{\"PhoneNumber\":\"+15551234567\",\"Message\":\"hi\"}", retry), "{}");

    // then
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(h.sms.messages().list(null, 10).messages())
        .extracting(SmsMessage::status)
        .containsExactly(SmsService.SENT, SmsService.FAILED, SmsService.FAILED);
    assertThat(h.sms.failures().failuresLeft()).isZero();
  }

  @Test
  void nonRetryableProviderFailureIsAmazonSnsException() throws Exception {
    h.sms.failures().failNext(1, false);

    ExecutionRecord done =
        run(publish("{\"PhoneNumber\":\"+15551234567\",\"Message\":\"hi\"}", ""), "{}");

    assertThat(done.error()).isEqualTo("SNS.AmazonSNSException");
    assertThat(done.cause()).contains("Error Code: SmsDeliveryFailed").contains("on purpose");
  }

  @Test
  void failuresAreSetOverHttp() throws Exception {
    var res = h.post("/sms/failures", "application/json", "{\"count\":2,\"retryable\":true}");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(h.sms.failures().failuresLeft()).isEqualTo(2);
    assertThat(h.get("/sms/failures").body()).isEqualTo("{\"count\":2}");
    assertThat(h.post("/sms/failures", "application/json", "{\"count\":-1}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void publishWithoutTargetFails() throws Exception {
    ExecutionRecord done =
        run(
            """
            {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::sns:publish",
              "Parameters":{"Message":"x"},"End":true}}}
            """,
            "{}");
    assertThat(done.error()).isEqualTo("SNS.InvalidParameterException");
  }

  @Test
  void topicSubscribersShareTheTokenAndTheFirstReplyWins() throws Exception {
    // given
    String topic = h.publisher.topics().create("family");
    h.publisher.topics().subscribe(topic, "sms", "+15551111111");
    h.publisher.topics().subscribe(topic, "sms", "+15552222222");
    String sm =
        h.stateMachine(
            "ask",
            """
            {"StartAt":"Ask","States":{"Ask":{"Type":"Task",
              "Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
              "Parameters":{"TopicArn":"%s","Message":"Who picks up Sam?"},"End":true}}}
            """
                .formatted(topic));
    String execution = h.engine.startExecution(sm, null, "{}").arn();
    h.awaitWaiting("+15551111111");
    h.awaitWaiting("+15552222222");

    // when
    var res = h.post("/sms/reply", "application/json", "{\"to\":\"+15552222222\",\"body\":\"me\"}");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    ExecutionRecord done = h.engine.awaitExecution(execution, Duration.ofSeconds(10));
    assertThat(done.output()).contains("\"from\":\"+15552222222\"");
    assertThat(
            h.post("/sms/reply", "application/json", "{\"to\":\"+15551111111\",\"body\":\"me\"}")
                .statusCode())
        .isEqualTo(404);
  }
}
