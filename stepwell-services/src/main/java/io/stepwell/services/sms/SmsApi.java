package io.stepwell.services.sms;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.Engine;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMS routes:
 *
 * <ul>
 *   <li>{@code POST /sms/inbound}: Twilio's incoming-message webhook (form fields {@code From},
 *       {@code To}, {@code Body}, {@code MessageSid}); answers TwiML {@code <Response></Response>},
 *       or 404 JSON when no message to {@code From} waits for a reply;
 *   <li>{@code POST /sms/reply}: {@code {"to" (or "from"): number, "body": text}} plays the
 *       recipient replying; 200 with the reply and the task output, or 404;
 *   <li>{@code GET /sms/messages?max=&nextToken=}: sent and received messages, newest first;
 *   <li>{@code POST /sms/failures} {@code {"count": n, "retryable": true}} makes the next n sends
 *       fail; {@code GET /sms/failures} tells how many are left.
 * </ul>
 *
 * Errors are JSON {@code {"error": code, "message": text}}.
 */
public final class SmsApi implements ServerFeature {
  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 1000;

  private final SmsService sms;

  public SmsApi(SmsService sms) {
    this.sms = sms;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    Engine engine = parts.engine();
    routing.post("/sms/inbound", (req, res) -> inbound(req, res, engine));
    routing.post("/sms/reply", (req, res) -> reply(req, res, engine));
    routing.get("/sms/messages", this::list);
    routing.post("/sms/failures", this::setFailures);
    routing.get(
        "/sms/failures",
        (req, res) -> json(res, 200, Map.of("count", sms.failures().failuresLeft())));
  }

  private void inbound(ServerRequest req, ServerResponse res, Engine engine) {
    Map<String, String> form = FormFields.parse(req.content().as(String.class));
    String from = form.get("From");
    if (!PhoneNumber.isE164(from) || form.get("Body") == null) {
      error(
          res, 400, "InvalidRequest", "A reply needs From (an E.164 number) and Body form fields");
      return;
    }
    ReplyOutcome outcome =
        sms.receive(from, form.get("To"), form.get("Body"), form.get("MessageSid"), engine);
    if (!outcome.matched()) {
      error(res, 404, "NotFound", noWaiting(from));
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, "text/xml");
    res.send("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");
  }

  private void reply(ServerRequest req, ServerResponse res, Engine engine) {
    Map<String, Object> doc;
    try {
      doc =
          Json.parse(req.content().as(String.class)) instanceof Map<?, ?> m
              ? Json.asObject(m)
              : null;
    } catch (JsonSyntaxException e) {
      doc = null;
    }
    Object number = doc == null ? null : doc.getOrDefault("to", doc.get("from"));
    Object body = doc == null ? null : doc.get("body");
    if (!(number instanceof String phone)
        || !PhoneNumber.isE164(phone)
        || !(body instanceof String text)) {
      error(
          res,
          400,
          "InvalidRequest",
          "A reply is {\"to\": the E.164 number that replies, \"body\": its text}");
      return;
    }
    ReplyOutcome outcome = sms.receive(phone, null, text, null, engine);
    if (!outcome.matched()) {
      error(res, 404, "NotFound", noWaiting(phone));
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reply", outcome.inbound().toJson());
    out.put("answered", outcome.answered().toJson());
    out.put("taskOutput", outcome.taskOutput());
    json(res, 200, out);
  }

  private void list(ServerRequest req, ServerResponse res) {
    int max;
    try {
      max = req.query().first("max").asOptional().map(Integer::parseInt).orElse(DEFAULT_PAGE);
    } catch (NumberFormatException e) {
      max = -1;
    }
    if (max < 1 || max > MAX_PAGE) {
      error(res, 400, "InvalidRequest", "max must be a number from 1 to " + MAX_PAGE);
      return;
    }
    String token = req.query().first("nextToken").asOptional().orElse(null);
    SmsPage page = sms.messages().list(token, max);
    List<Object> messages = page.messages().stream().map(m -> (Object) m.toJson()).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("messages", messages);
    if (page.nextToken() != null) {
      out.put("nextToken", page.nextToken());
    }
    json(res, 200, out);
  }

  private void setFailures(ServerRequest req, ServerResponse res) {
    Object parsed;
    try {
      parsed = Json.parse(req.content().as(String.class));
    } catch (JsonSyntaxException e) {
      parsed = null;
    }
    if (!(parsed instanceof Map<?, ?> doc)
        || !(doc.get("count") instanceof Number n)
        || n.intValue() < 0
        || !(doc.get("retryable") == null || doc.get("retryable") instanceof Boolean)) {
      error(
          res,
          400,
          "InvalidRequest",
          "Expected {\"count\": a number of sends to fail (0 or more), \"retryable\": true|false}");
      return;
    }
    sms.failures().failNext(n.intValue(), !Boolean.FALSE.equals(doc.get("retryable")));
    json(res, 200, Map.of("count", sms.failures().failuresLeft()));
  }

  private static String noWaiting(String phone) {
    return "No message sent to " + phone + " waits for a reply";
  }

  static void error(ServerResponse res, int status, String code, String message) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("error", code);
    doc.put("message", message);
    json(res, status, doc);
  }

  static void json(ServerResponse res, int status, Object doc) {
    res.status(Status.create(status));
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(Json.write(doc));
  }
}
