package io.stepwell.services.sns;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.TaskDispatcher;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code arn:aws:states:::sns:publish} and {@code sns:publish.waitForTaskToken} integrations.
 * Parameters are {@code Publish}'s ({@code PhoneNumber}, {@code TopicArn}, {@code TargetArn},
 * {@code Message} — any JSON value, sent as its JSON text unless it is a string — and {@code
 * MessageAttributes} as {@code {name: {"DataType", "StringValue"}}}). The result is what Step
 * Functions returns: {@code MessageId}, {@code SdkHttpMetadata}, {@code SdkResponseMetadata}. With
 * {@code .waitForTaskToken} the outbox records the token with each message, and the task waits for
 * a reply ({@link io.stepwell.services.sms.SmsService#receive}) or a {@code SendTask*} call. Errors
 * are {@code SNS.<SDK exception>} with the SDK's cause text.
 */
public final class SnsTaskDispatcher implements TaskDispatcher {
  /** The resource prefix to route to this dispatcher. */
  public static final String PREFIX = "arn:aws:states:::sns:";

  private static final String PUBLISH = PREFIX + "publish";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final SnsPublisher publisher;
  private final InstantSource clock;

  public SnsTaskDispatcher(SnsPublisher publisher, InstantSource clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation task) {
    boolean waits = task.resource().equals(PUBLISH + ".waitForTaskToken");
    if (!waits && !task.resource().equals(PUBLISH)) {
      return new TaskOutcome.Failed(
          "States.TaskFailed", "Stepwell serves sns:publish only, not " + task.resource());
    }
    Map<String, Object> p = task.parameters() instanceof Map<?, ?> m ? Json.asObject(m) : Map.of();
    String requestId = UUID.randomUUID().toString();
    String messageId;
    try {
      messageId =
          publisher.publish(
              new PublishRequest(
                  text(p.get("TopicArn")),
                  text(p.get("TargetArn")),
                  text(p.get("PhoneNumber")),
                  p.containsKey("Message") ? text(p.get("Message")) : null,
                  attributes(p),
                  waits ? task.taskToken() : null,
                  task.executionArn(),
                  task.executionArn() + "#" + task.taskId()));
    } catch (SnsException e) {
      return new TaskOutcome.Failed(e.taskError(), e.taskCause(requestId));
    }
    return waits
        ? new TaskOutcome.Pending()
        : new TaskOutcome.Succeeded(result(messageId, requestId));
  }

  /** Step Functions' result: the message id and the SDK's view of the HTTP answer. */
  private Map<String, Object> result(String messageId, String requestId) {
    String xml = SnsXml.response("Publish", SnsXml.element("MessageId", messageId), requestId);
    String length = String.valueOf(xml.getBytes(StandardCharsets.UTF_8).length);
    String date = HTTP_DATE.format(clock.instant());
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("x-amzn-RequestId", List.of(requestId));
    all.put("connection", List.of("keep-alive"));
    all.put("Content-Length", List.of(length));
    all.put("Date", List.of(date));
    all.put("Content-Type", List.of("text/xml"));
    Map<String, Object> single = new LinkedHashMap<>();
    single.put("connection", "keep-alive");
    single.put("Content-Length", length);
    single.put("Content-Type", "text/xml");
    single.put("Date", date);
    single.put("x-amzn-RequestId", requestId);
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("AllHttpHeaders", all);
    http.put("HttpHeaders", single);
    http.put("HttpStatusCode", 200);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MessageId", messageId);
    out.put("SdkHttpMetadata", http);
    out.put("SdkResponseMetadata", Map.of("RequestId", requestId));
    return out;
  }

  private static String text(Object v) {
    return v == null ? null : v instanceof String s ? s : Json.write(v);
  }

  private static Map<String, String> attributes(Map<String, Object> p) {
    Map<String, String> out = new LinkedHashMap<>();
    if (p.get("MessageAttributes") instanceof Map<?, ?> attrs) {
      for (Map.Entry<?, ?> e : attrs.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> a && a.get("StringValue") instanceof String s) {
          out.put(String.valueOf(e.getKey()), s);
        }
      }
    }
    return out;
  }
}
