package io.stepwell.services.sms;

/**
 * A message to send.
 *
 * @param id the id to give it (SNS's {@code MessageId})
 * @param to the recipient, E.164
 * @param from the sender, or {@code null} for the provider's
 * @param body the text
 * @param taskToken the token of a task that waits for the reply, or {@code null}
 * @param executionArn the execution that sends it, or {@code null}
 * @param taskKey what names the task's send uniquely (execution, task id, recipient), so that a
 *     task dispatched twice sends once; {@code null} outside tasks
 */
public record OutgoingSms(
    String id,
    String to,
    String from,
    String body,
    String taskToken,
    String executionArn,
    String taskKey) {}
