package io.stepwell.services.sms;

/** What a {@link SmsProvider} answered. */
public sealed interface SmsDelivery {
  /** Accepted; {@code providerMessageId} names the message at the provider. */
  record Sent(String providerMessageId) implements SmsDelivery {}

  /**
   * Refused or not reached.
   *
   * @param code the provider's error code (Twilio's numeric code as text, for example)
   * @param message the provider's explanation
   * @param retryable whether sending the same message again may work (throttling, a 5xx, a network
   *     failure) or not (an invalid number, bad credentials)
   */
  record Failed(String code, String message, boolean retryable) implements SmsDelivery {}
}
