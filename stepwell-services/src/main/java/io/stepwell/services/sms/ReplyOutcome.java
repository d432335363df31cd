package io.stepwell.services.sms;

import java.util.Map;

/**
 * What became of a received message.
 *
 * @param inbound the received message as recorded
 * @param answered the waiting message it answered, or {@code null} when none waited
 * @param taskOutput the output the waiting task got, or {@code null}
 */
public record ReplyOutcome(
    SmsMessage inbound, SmsMessage answered, Map<String, Object> taskOutput) {
  /** Whether the reply completed a task. */
  public boolean matched() {
    return answered != null;
  }
}
