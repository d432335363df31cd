package io.stepwell.services.sms;

import java.util.List;

/**
 * A page of messages, newest first.
 *
 * @param messages the messages
 * @param nextToken where the next page starts, or {@code null} on the last page
 */
public record SmsPage(List<SmsMessage> messages, String nextToken) {}
