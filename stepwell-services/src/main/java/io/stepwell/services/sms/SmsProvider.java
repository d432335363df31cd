package io.stepwell.services.sms;

/** Delivers a text message: the outbox (nowhere), Twilio, or a test double. */
@FunctionalInterface
public interface SmsProvider {
  /**
   * Sends {@code body} to {@code to}.
   *
   * @param to the recipient in E.164 form
   * @param from the sender (a number or sender id), or {@code null} for the provider's own
   * @return the provider's message id, or a failure (never throws for a delivery problem)
   */
  SmsDelivery send(String to, String from, String body);
}
