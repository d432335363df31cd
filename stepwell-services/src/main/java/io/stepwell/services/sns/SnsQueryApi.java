package io.stepwell.services.sns;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import io.stepwell.services.sms.FormFields;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SNS over the AWS Query protocol, as the AWS SDKs and CLI speak it: {@code POST /} with a
 * form-encoded body ({@code Action=Publish&PhoneNumber=...&Message=...&Version=2010-03-31}), XML
 * answers, errors as SNS's {@code <ErrorResponse>}. Serves {@code Publish}, {@code CreateTopic},
 * {@code DeleteTopic}, {@code ListTopics} and {@code Subscribe} (protocol {@code sms} only).
 */
public final class SnsQueryApi implements ServerFeature {
  private static final Logger LOG = Logger.getLogger(SnsQueryApi.class.getName());

  private final SnsPublisher publisher;

  public SnsQueryApi(SnsPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    parts.api().registerQueryProtocol(this::handle);
  }

  private void handle(ServerRequest req, ServerResponse res) {
    String requestId = UUID.randomUUID().toString();
    Map<String, String> form = FormFields.parse(req.content().as(String.class));
    String body;
    int status = 200;
    try {
      body = answer(form, requestId);
    } catch (SnsException e) {
      status = e.status();
      body = SnsXml.error(e.faultType(), e.code(), e.getMessage(), requestId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "SNS " + form.get("Action") + " failed", e);
      status = 500;
      body =
          SnsXml.error("Receiver", "InternalError", "An internal error occurred: " + e, requestId);
    }
    res.status(Status.create(status));
    res.header(HeaderNames.CONTENT_TYPE, "text/xml");
    res.header(HeaderNames.create("x-amzn-RequestId"), requestId);
    res.send(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The XML answer to one request. */
  String answer(Map<String, String> form, String requestId) {
    String action = form.getOrDefault("Action", "");
    String result =
        switch (action) {
          case "Publish" ->
              SnsXml.element(
                  "MessageId",
                  publisher.publish(
                      new PublishRequest(
                          form.get("TopicArn"),
                          form.get("TargetArn"),
                          form.get("PhoneNumber"),
                          form.get("Message"),
                          attributes(form),
                          null,
                          null,
                          null)));
          case "CreateTopic" ->
              SnsXml.element("TopicArn", publisher.topics().create(form.get("Name")));
          case "DeleteTopic" -> {
            publisher.topics().delete(required(form, "TopicArn"));
            yield null;
          }
          case "ListTopics" -> SnsXml.topics(publisher.topics().list());
          case "Subscribe" -> SnsXml.element("SubscriptionArn", subscribe(form));
          default ->
              throw new SnsException(
                  "InvalidAction",
                  "The action " + action + " is not valid for this web service.",
                  400);
        };
    return SnsXml.response(action, result, requestId);
  }

  private String subscribe(Map<String, String> form) {
    String topic = required(form, "TopicArn");
    String protocol = required(form, "Protocol");
    String endpoint = form.get("Endpoint");
    if (!protocol.equals("sms")) {
      throw SnsException.invalidParameter(
          "Invalid parameter: Protocol Reason: Stepwell delivers only the sms protocol, not "
              + protocol);
    }
    if (!io.stepwell.services.sms.PhoneNumber.isE164(endpoint)) {
      throw SnsException.invalidParameter("Invalid SMS endpoint: " + endpoint);
    }
    return publisher.topics().subscribe(topic, protocol, endpoint);
  }

  private static String required(Map<String, String> form, String name) {
    String v = form.get(name);
    if (v == null) {
      throw SnsException.invalidParameter(
          "Invalid parameter: " + name + " Reason: no value for required parameter");
    }
    return v;
  }

  /** {@code MessageAttributes.entry.N.Name} / {@code .Value.StringValue}, string values only. */
  private static Map<String, String> attributes(Map<String, String> form) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int n = 1; form.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
      String prefix = "MessageAttributes.entry." + n;
      String value = form.get(prefix + ".Value.StringValue");
      if (value != null) {
        out.put(form.get(prefix + ".Name"), value);
      }
    }
    return out;
  }
}
