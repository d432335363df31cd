package io.stepwell.services.sns;

import io.stepwell.services.sms.OutgoingSms;
import io.stepwell.services.sms.PhoneNumber;
import io.stepwell.services.sms.SendOutcome;
import io.stepwell.services.sms.SmsDelivery;
import io.stepwell.services.sms.SmsService;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SNS {@code Publish}, checked as SNS checks it, delivered as text messages through {@link
 * SmsService}.
 *
 * <p>To a phone number, a provider's failure fails the publish (SNS itself would accept and fail
 * later, out of sight; here a workflow's {@code Retry} can see it): {@code InternalError} (500)
 * when the provider says a later try may work, {@code SmsDeliveryFailed} (400) when not. To a
 * topic, each SMS subscription gets the message; failures are recorded in the outbox and the
 * publish succeeds, as SNS's fan-out does.
 */
public final class SnsPublisher {
  static final String ORIGINATION_NUMBER = "AWS.MM.SMS.OriginationNumber";
  static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

  private final SmsService sms;
  private final SnsTopics topics;

  public SnsPublisher(SmsService sms, SnsTopics topics) {
    this.sms = sms;
    this.topics = topics;
  }

  public SnsTopics topics() {
    return topics;
  }

  /**
   * Publishes; returns the {@code MessageId}.
   *
   * @throws SnsException as SNS refuses
   */
  public String publish(PublishRequest r) {
    if (r.message() == null) {
      throw new SnsException(
          "ValidationError",
          "1 validation error detected: Value null at 'message' failed to satisfy constraint: "
              + "Member must not be null",
          400);
    }
    String topic = r.topicArn() != null ? r.topicArn() : r.targetArn();
    if (topic == null && r.phoneNumber() == null) {
      throw SnsException.invalidParameter(
          "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
    }
    if (topic != null && r.phoneNumber() != null) {
      throw SnsException.invalidParameter(
          "Invalid parameter: PhoneNumber Reason: Only one of TopicArn, TargetArn or PhoneNumber"
              + " may be given");
    }
    if (r.message().isEmpty()) {
      throw SnsException.invalidParameter("Invalid parameter: Empty message");
    }
    String messageId = UUID.randomUUID().toString();
    String from = sender(r.attributes());
    if (topic == null) {
      if (!PhoneNumber.isE164(r.phoneNumber())) {
        throw SnsException.invalidParameter(
            "Invalid parameter: PhoneNumber Reason: "
                + r.phoneNumber()
                + " is not valid to publish to");
      }
      SendOutcome out = sms.send(outgoing(messageId, r.phoneNumber(), from, r, r.taskKey()));
      if (out.delivery() instanceof SmsDelivery.Failed f) {
        throw f.retryable()
            ? new SnsException("InternalError", "SMS delivery failed: " + f.message(), 500)
            : new SnsException("SmsDeliveryFailed", "SMS delivery failed: " + f.message(), 400);
      }
      return out.message().id();
    }
    String arnName = r.topicArn() != null ? "TopicArn" : "TargetArn";
    int parts = topic.split(":", -1).length;
    if (parts < 6) {
      throw SnsException.invalidParameter(
          "Invalid parameter: "
              + arnName
              + " Reason: An ARN must have at least 6 elements, not "
              + parts);
    }
    List<SnsTopics.Subscription> subs =
        topics
            .subscriptions(topic)
            .orElseThrow(() -> SnsException.notFound("Topic does not exist"));
    for (SnsTopics.Subscription s : subs) {
      String key = r.taskKey() == null ? null : r.taskKey() + "#" + s.endpoint();
      sms.send(outgoing(UUID.randomUUID().toString(), s.endpoint(), from, r, key));
    }
    return messageId;
  }

  private static OutgoingSms outgoing(
      String id, String to, String from, PublishRequest r, String taskKey) {
    return new OutgoingSms(id, to, from, r.message(), r.taskToken(), r.executionArn(), taskKey);
  }

  private static String sender(Map<String, String> attributes) {
    if (attributes == null) {
      return null;
    }
    String number = attributes.get(ORIGINATION_NUMBER);
    return number != null ? number : attributes.get(SENDER_ID);
  }
}
