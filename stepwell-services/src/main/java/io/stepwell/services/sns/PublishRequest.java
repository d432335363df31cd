package io.stepwell.services.sns;

import java.util.Map;

/**
 * An SNS {@code Publish}.
 *
 * @param topicArn the topic, or {@code null}
 * @param targetArn a topic given as {@code TargetArn}, or {@code null}
 * @param phoneNumber the phone number of an SMS, or {@code null}
 * @param message the text ({@code null}: missing)
 * @param attributes the string message attributes ({@code AWS.MM.SMS.OriginationNumber} or {@code
 *     AWS.SNS.SMS.SenderID} pick the sender)
 * @param taskToken the token of a task that waits for the reply, or {@code null}
 * @param executionArn the execution that publishes, or {@code null}
 * @param taskKey names the task's publish so a second dispatch does not send again, or {@code null}
 */
public record PublishRequest(
    String topicArn,
    String targetArn,
    String phoneNumber,
    String message,
    Map<String, String> attributes,
    String taskToken,
    String executionArn,
    String taskKey) {}
