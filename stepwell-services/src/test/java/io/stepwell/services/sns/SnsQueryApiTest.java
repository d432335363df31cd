package io.stepwell.services.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.services.sms.SmsHarness;
import io.stepwell.services.sms.SmsMessage;
import io.stepwell.services.sms.SmsService;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;

class SnsQueryApiTest {
  private SmsHarness h;
  private SnsClient sns;

  @BeforeEach
  void start() {
    h = SmsHarness.inMemory();
    sns =
        SnsClient.builder()
            .endpointOverride(h.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterEach
  void stop() {
    sns.close();
    h.close();
  }

  private List<SmsMessage> outbox() {
    return h.sms.messages().list(null, 100).messages();
  }

  @Test
  void sdkPublishesAnSmsThatLandsInTheOutbox() {
    // when
    String id =
        sns.publish(b -> b.phoneNumber("+15551234567").message("Your visit: 3pm?")).messageId();

    // then
    assertThat(outbox())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.id()).isEqualTo(id);
          assertThat(m.to()).isEqualTo("+15551234567");
          assertThat(m.body()).isEqualTo("Your visit: 3pm?");
          assertThat(m.status()).isEqualTo(SmsService.SENT);
          assertThat(m.taskToken()).isNull();
        });
  }

  @Test
  void originationNumberAttributeIsTheSender() {
    sns.publish(b ->
        b.phoneNumber("+15551234567")
            .message("hi")
            .messageAttributes(
                java.util.Map.of(
                    "AWS.MM.SMS.OriginationNumber",
                    MessageAttributeValue.builder()
                        .dataType("String")
                        .stringValue("+15550000000")
                        .build())));

    assertThat(outbox()).singleElement().extracting(SmsMessage::from).isEqualTo("+15550000000");
  }

  @Test
  void phoneNumberNotInE164IsInvalidParameter() {
    assertThatThrownBy(() -> sns.publish(b -> b.phoneNumber("5551234").message("x")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "Invalid parameter: PhoneNumber Reason: 5551234 is not valid to publish to");
            });
    assertThat(outbox()).isEmpty();
  }

  @Test
  void publishWithoutTargetIsInvalidParameter() {
    assertThatThrownBy(() -> sns.publish(b -> b.message("x")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Invalid parameter: TopicArn or TargetArn Reason: no value for required"
                            + " parameter"));
  }

  @Test
  void emptyMessageIsInvalidParameter() {
    assertThatThrownBy(() -> sns.publish(b -> b.phoneNumber("+15551234567").message("")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Invalid parameter: Empty message"));
  }

  @Test
  void missingMessageIsValidationError() {
    assertThatThrownBy(() -> sns.publish(b -> b.phoneNumber("+15551234567")))
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
  }

  @Test
  void phoneNumberAndTopicTogetherAreInvalidParameter() {
    String topic = sns.createTopic(b -> b.name("t")).topicArn();
    assertThatThrownBy(
            () -> sns.publish(b -> b.phoneNumber("+15551234567").topicArn(topic).message("x")))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void topicFansOutToItsSmsSubscriptions() {
    // given
    String topic = sns.createTopic(b -> b.name("reminders")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("sms").endpoint("+15551111111"));
    sns.subscribe(b -> b.topicArn(topic).protocol("sms").endpoint("+15552222222"));

    // when
    sns.publish(b -> b.topicArn(topic).message("Tomorrow 9am"));

    // then
    assertThat(topic).isEqualTo("arn:aws:sns:us-east-1:123456789012:reminders");
    assertThat(outbox())
        .extracting(SmsMessage::to)
        .containsExactlyInAnyOrder("+15551111111", "+15552222222");
    assertThat(sns.listTopics().topics()).extracting(t -> t.topicArn()).containsExactly(topic);
  }

  @Test
  void unknownTopicIsNotFound() {
    assertThatThrownBy(() ->
            sns.publish(b -> b.topicArn("arn:aws:sns:us-east-1:123456789012:nope").message("x")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
            });
  }

  @Test
  void malformedTopicArnIsInvalidParameter() {
    assertThatThrownBy(() -> sns.publish(b -> b.topicArn("nope").message("x")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Invalid parameter: TopicArn Reason: An ARN must have at least 6"
                            + " elements, not 1"));
  }

  @Test
  void deletedTopicIsGone() {
    String topic = sns.createTopic(b -> b.name("gone")).topicArn();
    sns.deleteTopic(b -> b.topicArn(topic));
    assertThat(sns.listTopics().topics()).isEmpty();
  }

  @Test
  void badTopicNameIsInvalidParameter() {
    assertThatThrownBy(() -> sns.createTopic(b -> b.name("no spaces")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Invalid parameter: Topic Name"));
  }

  @Test
  void onlySmsSubscriptionsWithE164NumbersAreAccepted() {
    String topic = sns.createTopic(b -> b.name("t")).topicArn();
    assertThatThrownBy(
            () -> sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("a@b.c")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("only the sms protocol");
    assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sms").endpoint("12")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Invalid SMS endpoint: 12"));
  }

  @Test
  void subscribingToMissingTopicIsNotFound() {
    assertThatThrownBy(() ->
            sns.subscribe(b ->
                b.topicArn("arn:aws:sns:us-east-1:123456789012:nope")
                    .protocol("sms")
                    .endpoint("+15551234567")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknownActionIsAnXmlError() throws Exception {
    HttpResponse<String> res =
        h.post("/", "application/x-www-form-urlencoded", "Action=Frobnicate&Version=2010-03-31");

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(res.body())
        .contains("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">")
        .contains("<Type>Sender</Type>")
        .contains("<Code>InvalidAction</Code>");
  }

  @Test
  void publishAnswerHasSnsLayout() throws Exception {
    HttpResponse<String> res =
        h.post(
            "/",
            "application/x-www-form-urlencoded; charset=utf-8",
            "Action=Publish&Version=2010-03-31&PhoneNumber=%2B15551234567&Message=hi");

    // SNS's PublishResponse is 294 bytes (Content-Length recorded by the conformance corpus)
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).hasSize(294).startsWith("<PublishResponse xmlns=");
  }

  @Test
  void jsonRequestsStillReachTheJsonApi() throws Exception {
    HttpResponse<String> res =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(h.endpoint().resolve("/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEqualTo("{\"stateMachines\":[]}");
  }
}
