package io.stepwell.services.sms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One text message, sent or received, as the outbox keeps it and {@code GET /sms/messages} lists
 * it.
 *
 * @param id its id (for a message sent through SNS, the {@code MessageId} SNS answered)
 * @param direction {@link #OUTBOUND} or {@link #INBOUND}
 * @param to the recipient
 * @param from the sender, or {@code null} when the provider picks it
 * @param body the text
 * @param time when it was sent or received
 * @param status {@code SENDING}, {@code SENT}, {@code WAITING} (a task waits for the reply), {@code
 *     REPLIED}, {@code EXPIRED} (its task ended before the reply), {@code FAILED}; for a received
 *     message {@code RECEIVED} (it answered a waiting message) or {@code UNMATCHED}
 * @param taskToken the token of the task waiting for the reply, or {@code null}
 * @param executionArn the execution that sent it or that the reply went to, or {@code null}
 * @param inReplyTo for a received message, the id of the message it answered, or {@code null}
 * @param providerMessageId the provider's id, or {@code null}
 * @param error why it failed, or {@code null}
 */
public record SmsMessage(
    String id,
    String direction,
    String to,
    String from,
    String body,
    Instant time,
    String status,
    String taskToken,
    String executionArn,
    String inReplyTo,
    String providerMessageId,
    String error) {
  public static final String OUTBOUND = "OUTBOUND";
  public static final String INBOUND = "INBOUND";

  /** This message with another status. */
  public SmsMessage withStatus(String newStatus) {
    return new SmsMessage(
        id,
        direction,
        to,
        from,
        body,
        time,
        newStatus,
        taskToken,
        executionArn,
        inReplyTo,
        providerMessageId,
        error);
  }

  /** This message after the provider answered. */
  SmsMessage delivered(String newStatus, String providerId, String why) {
    return new SmsMessage(
        id,
        direction,
        to,
        from,
        body,
        time,
        newStatus,
        taskToken,
        executionArn,
        inReplyTo,
        providerId,
        why);
  }

  /** The message as JSON (members that are {@code null} are left out). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("direction", direction);
    m.put("to", to);
    putIfSet(m, "from", from);
    m.put("body", body);
    m.put("time", time.toString());
    m.put("status", status);
    putIfSet(m, "taskToken", taskToken);
    putIfSet(m, "executionArn", executionArn);
    putIfSet(m, "inReplyTo", inReplyTo);
    putIfSet(m, "providerMessageId", providerMessageId);
    putIfSet(m, "error", error);
    return m;
  }

  /** Reads what {@link #toJson()} wrote. */
  static SmsMessage fromJson(Map<String, Object> m) {
    return new SmsMessage(
        (String) m.get("id"),
        (String) m.get("direction"),
        (String) m.get("to"),
        (String) m.get("from"),
        (String) m.get("body"),
        Instant.parse((String) m.get("time")),
        (String) m.get("status"),
        (String) m.get("taskToken"),
        (String) m.get("executionArn"),
        (String) m.get("inReplyTo"),
        (String) m.get("providerMessageId"),
        (String) m.get("error"));
  }

  private static void putIfSet(Map<String, Object> m, String name, String value) {
    if (value != null) {
      m.put(name, value);
    }
  }
}
