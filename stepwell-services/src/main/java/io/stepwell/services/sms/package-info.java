/**
 * Text messages: the {@link io.stepwell.services.sms.SmsProvider} that delivers them (the outbox,
 * Twilio, or a provider made to fail on purpose), the durable record of every message sent and
 * received ({@link io.stepwell.services.sms.SmsMessages}), replies that complete the task waiting
 * for them, and the {@code /sms/...} HTTP routes.
 */
package io.stepwell.services.sms;
