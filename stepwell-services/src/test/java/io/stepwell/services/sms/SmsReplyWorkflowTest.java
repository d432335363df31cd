package io.stepwell.services.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmsReplyWorkflowTest {
  static final String BOOKING =
      """
      {"StartAt":"Ask","States":{
        "Ask":{"Type":"Task","Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters":{"PhoneNumber.$":"$.phone","Message.$":"$.text"},
          "TimeoutSeconds":86400,"ResultPath":"$.reply","End":true}}}
      """;
  private static final String FORM = "application/x-www-form-urlencoded";

  private final SmsHarness h = SmsHarness.inMemory();

  @AfterEach
  void stop() {
    h.close();
  }

  private String start(String phone) {
    String sm = h.stateMachine("booking", BOOKING);
    return h.engine
        .startExecution(sm, null, "{\"phone\":\"" + phone + "\",\"text\":\"Tuesday 3pm? YES/NO\"}")
        .arn();
  }

  @Test
  void twilioWebhookReplyCompletesTheWaitingTask() throws Exception {
    // given
    String execution = start("+15551234567");
    SmsMessage waiting = h.awaitWaiting("+15551234567");

    // when
    HttpResponse<String> res =
        h.post(
            "/sms/inbound",
            FORM,
            "From=%2B15551234567&To=%2B15550000000&Body=YES&MessageSid=SM123");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(res.body()).contains("<Response></Response>");
    ExecutionRecord done = h.engine.awaitExecution(execution, Duration.ofSeconds(10));
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> reply =
        Json.asObject(Json.asObject(Json.parse(done.output())).get("reply"));
    assertThat(reply)
        .containsEntry("from", "+15551234567")
        .containsEntry("to", "+15550000000")
        .containsEntry("body", "YES")
        .containsEntry("inReplyTo", waiting.id())
        .containsKeys("receivedAt", "messageId");
    assertThat(waiting.taskToken()).isNotBlank();
    assertThat(waiting.executionArn()).isEqualTo(execution);
  }

  @Test
  void repliesAndSentMessagesAreListedNewestFirst() throws Exception {
    // given
    start("+15551234567");
    h.awaitWaiting("+15551234567");
    h.post("/sms/inbound", FORM, "From=%2B15551234567&To=%2B15550000000&Body=NO&MessageSid=SM9");

    // when
    HttpResponse<String> res = h.get("/sms/messages");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    var messages = Json.asArray(Json.asObject(Json.parse(res.body())).get("messages"));
    assertThat(messages).hasSize(2);
    Map<String, Object> reply = Json.asObject(messages.get(0));
    Map<String, Object> sent = Json.asObject(messages.get(1));
    assertThat(reply)
        .containsEntry("direction", "INBOUND")
        .containsEntry("status", "RECEIVED")
        .containsEntry("body", "NO")
        .containsEntry("providerMessageId", "SM9");
    assertThat(sent)
        .containsEntry("direction", "OUTBOUND")
        .containsEntry("status", "REPLIED")
        .containsEntry("to", "+15551234567")
        .containsKey("taskToken");
  }

  @Test
  void replyFromUnknownNumberIs404AndStillRecorded() throws Exception {
    HttpResponse<String> res =
        h.post("/sms/inbound", FORM, "From=%2B15559999999&To=%2B15550000000&Body=hello");

    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(Json.asObject(Json.parse(res.body())))
        .containsEntry("error", "NotFound")
        .containsEntry("message", "No message sent to +15559999999 waits for a reply");
    assertThat(h.sms.messages().list(null, 10).messages())
        .singleElement()
        .extracting(SmsMessage::status)
        .isEqualTo(SmsService.UNMATCHED);
  }

  @Test
  void inboundWithoutFromIsBadRequest() throws Exception {
    HttpResponse<String> res = h.post("/sms/inbound", FORM, "Body=hello");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("InvalidRequest");
  }

  @Test
  void simulatedReplyCompletesTheTask() throws Exception {
    // given
    String execution = start("+15551234567");
    h.awaitWaiting("+15551234567");

    // when
    HttpResponse<String> res =
        h.post("/sms/reply", "application/json", "{\"to\":\"+15551234567\",\"body\":\"YES\"}");

    // then
    assertThat(res.statusCode()).isEqualTo(200);
    Map<String, Object> doc = Json.asObject(Json.parse(res.body()));
    assertThat(Json.asObject(doc.get("taskOutput"))).containsEntry("body", "YES");
    assertThat(Json.asObject(doc.get("answered"))).containsEntry("status", "REPLIED");
    assertThat(h.engine.awaitExecution(execution, Duration.ofSeconds(10)).status())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void secondReplyFindsNothingWaiting() throws Exception {
    start("+15551234567");
    h.awaitWaiting("+15551234567");
    h.post("/sms/reply", "application/json", "{\"from\":\"+15551234567\",\"body\":\"YES\"}");

    HttpResponse<String> again =
        h.post("/sms/reply", "application/json", "{\"from\":\"+15551234567\",\"body\":\"YES!\"}");

    assertThat(again.statusCode()).isEqualTo(404);
  }

  @Test
  void replyToAStoppedExecutionExpiresItsMessage() throws Exception {
    // given
    String execution = start("+15551234567");
    h.awaitWaiting("+15551234567");
    h.engine.stopExecution(execution, null, null);

    // when
    HttpResponse<String> res =
        h.post("/sms/reply", "application/json", "{\"to\":\"+15551234567\",\"body\":\"YES\"}");

    // then
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(h.sms.messages().list(null, 10).messages())
        .extracting(SmsMessage::status)
        .contains(SmsService.EXPIRED, SmsService.UNMATCHED);
  }

  @Test
  void malformedReplyIsBadRequest() throws Exception {
    assertThat(
            h.post("/sms/reply", "application/json", "{\"to\":\"555\",\"body\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(h.post("/sms/reply", "application/json", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void messagesArePaged() throws Exception {
    // given
    for (int i = 0; i < 3; i++) {
      h.publisher.publish(
          new io.stepwell.services.sns.PublishRequest(
              null, null, "+1555000000" + i, "m" + i, Map.of(), null, null, null));
    }

    // when
    Map<String, Object> first = Json.asObject(Json.parse(h.get("/sms/messages?max=2").body()));
    Map<String, Object> second =
        Json.asObject(
            Json.parse(h.get("/sms/messages?max=2&nextToken=" + first.get("nextToken")).body()));

    // then
    assertThat(Json.asArray(first.get("messages")))
        .extracting(m -> Json.asObject(m).get("body"))
        .containsExactly("m2", "m1");
    assertThat(Json.asArray(second.get("messages")))
        .extracting(m -> Json.asObject(m).get("body"))
        .containsExactly("m0");
    assertThat(second).doesNotContainKey("nextToken");
  }

  @Test
  void pageSizeOutOfRangeIsBadRequest() throws Exception {
    assertThat(h.get("/sms/messages?max=0").statusCode()).isEqualTo(400);
    assertThat(h.get("/sms/messages?max=abc").statusCode()).isEqualTo(400);
  }
}
