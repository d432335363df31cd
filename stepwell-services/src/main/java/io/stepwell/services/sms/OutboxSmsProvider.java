package io.stepwell.services.sms;

import java.util.UUID;

/**
 * The default provider: delivers nowhere. The message stays in the outbox ({@link SmsMessages},
 * {@code GET /sms/messages}) where a developer reads it and answers with {@code POST /sms/reply}.
 */
public final class OutboxSmsProvider implements SmsProvider {
  /** The prefix of the ids it gives. */
  static final String ID_PREFIX = "outbox-";

  @Override
  public SmsDelivery send(String to, String from, String body) {
    return new SmsDelivery.Sent(ID_PREFIX + UUID.randomUUID());
  }
}
