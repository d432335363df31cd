package io.stepwell.services.sms;

/**
 * What became of a send.
 *
 * @param message the message as recorded (a task dispatched again gets the first send's)
 * @param delivery what the provider answered
 */
public record SendOutcome(SmsMessage message, SmsDelivery delivery) {}
