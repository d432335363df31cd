/**
 * Amazon SNS, as much as text messages need: {@code Publish} to a phone number or to a topic whose
 * subscriptions are phone numbers ({@code CreateTopic}, {@code Subscribe}, {@code ListTopics},
 * {@code DeleteTopic}), over the AWS Query protocol at {@code POST /} ({@link
 * io.stepwell.services.sns.SnsQueryApi}) and as the {@code arn:aws:states:::sns:publish[
 * .waitForTaskToken]} task integration ({@link io.stepwell.services.sns.SnsTaskDispatcher}).
 */
package io.stepwell.services.sns;
