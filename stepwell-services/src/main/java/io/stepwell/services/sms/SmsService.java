package io.stepwell.services.sms;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends text messages through a provider and records them; matches replies with the message whose
 * task waits for them and completes that task.
 *
 * <p>A reply completes the task with {@code {"from", "to", "body", "receivedAt", "messageId",
 * "inReplyTo"}}: the replying number, the number it wrote to, the text, when it came (ISO-8601),
 * the reply's id and the id of the message it answered. A reply goes to the newest message to that
 * number whose task still waits; messages whose tasks ended meanwhile become {@code EXPIRED} and
 * the next older one is tried.
 */
public final class SmsService {
  /** The status of a sent message. */
  public static final String SENDING = "SENDING";

  public static final String SENT = "SENT";
  public static final String WAITING = "WAITING";
  public static final String REPLIED = "REPLIED";
  public static final String EXPIRED = "EXPIRED";
  public static final String FAILED = "FAILED";
  public static final String RECEIVED = "RECEIVED";
  public static final String UNMATCHED = "UNMATCHED";

  private final SmsMessages messages;
  private final FlakySmsProvider provider;
  private final InstantSource clock;
  private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> last =
      new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.EPOCH);

  /** A service that sends through {@code provider} (wrapped so it can be made to fail). */
  public SmsService(KeyValueStore kv, SmsProvider provider, InstantSource clock) {
    this.messages = new SmsMessages(kv);
    this.provider = new FlakySmsProvider(provider, kv);
    this.clock = clock;
  }

  /** The outbox and inbox. */
  public SmsMessages messages() {
    return messages;
  }

  /** The switch that makes the next sends fail. */
  public FlakySmsProvider failures() {
    return provider;
  }

  /** Sends a message and records it (once per task: see {@link OutgoingSms#taskKey()}). */
  public SendOutcome send(OutgoingSms out) {
    SmsMessage message =
        new SmsMessage(
            out.id(),
            SmsMessage.OUTBOUND,
            out.to(),
            out.from(),
            out.body(),
            now(),
            SENDING,
            out.taskToken(),
            out.executionArn(),
            null,
            null,
            null);
    String key = SmsMessages.key(message);
    if (out.taskKey() != null) {
      Optional<SmsMessage> earlier =
          messages.claimTask(out.taskKey(), key).flatMap(messages::load).map(v -> v.message());
      if (earlier.isPresent()) {
        SmsMessage m = earlier.get();
        SmsDelivery d =
            FAILED.equals(m.status())
                ? new SmsDelivery.Failed("Failed", m.error(), false)
                : new SmsDelivery.Sent(m.providerMessageId());
        return new SendOutcome(m, d);
      }
    }
    messages.insert(message);
    SmsDelivery delivery = provider.send(out.to(), out.from(), out.body());
    SmsMessage done =
        switch (delivery) {
          case SmsDelivery.Sent s ->
              message.delivered(
                  out.taskToken() != null ? WAITING : SENT, s.providerMessageId(), null);
          case SmsDelivery.Failed f ->
              message.delivered(FAILED, null, f.code() + ": " + f.message());
        };
    messages.replace(key, done, KeyValueStore.ANY);
    if (WAITING.equals(done.status())) {
      messages.addWaiting(done);
    }
    return new SendOutcome(done, delivery);
  }

  /**
   * The clock's time, a microsecond later than the last one here, so the listing order is theirs.
   */
  private java.time.Instant now() {
    java.time.Instant t = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    return last.accumulateAndGet(t, (prev, cur) -> cur.isAfter(prev) ? cur : prev.plusNanos(1000));
  }

  /**
   * A message came from {@code from}: records it and completes the task of the newest message to
   * that number that waits for a reply, if any.
   */
  public ReplyOutcome receive(
      String from, String to, String body, String providerMessageId, Engine engine) {
    String inboundId = "inbound-" + UUID.randomUUID();
    java.time.Instant at = now();
    for (int attempt = 0; attempt < 1000; attempt++) {
      List<KeyValueEntry> waiting = messages.waiting(from, 1);
      if (waiting.isEmpty()) {
        break;
      }
      KeyValueEntry index = waiting.get(0);
      Optional<SmsMessages.Versioned> found = messages.load(index.value());
      if (found.isEmpty() || !WAITING.equals(found.get().message().status())) {
        messages.removeWaiting(index.key());
        continue;
      }
      SmsMessages.Versioned v = found.get();
      if (!messages.replace(v.key(), v.message().withStatus(REPLIED), v.version())) {
        continue; // another reply or node came first: look again
      }
      messages.removeWaiting(index.key());
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("from", from);
      output.put("to", to);
      output.put("body", body);
      output.put("receivedAt", at.toString());
      output.put("messageId", inboundId);
      output.put("inReplyTo", v.message().id());
      try {
        engine.sendTaskSuccess(v.message().taskToken(), Json.write(output));
      } catch (EngineException e) {
        // its task ended (timed out, stopped) before the reply came
        messages.replace(v.key(), v.message().withStatus(EXPIRED), KeyValueStore.ANY);
        continue;
      }
      SmsMessage inbound =
          new SmsMessage(
              inboundId,
              SmsMessage.INBOUND,
              to,
              from,
              body,
              at,
              RECEIVED,
              null,
              v.message().executionArn(),
              v.message().id(),
              providerMessageId,
              null);
      messages.insert(inbound);
      return new ReplyOutcome(inbound, v.message().withStatus(REPLIED), output);
    }
    SmsMessage inbound =
        new SmsMessage(
            inboundId,
            SmsMessage.INBOUND,
            to,
            from,
            body,
            at,
            UNMATCHED,
            null,
            null,
            null,
            providerMessageId,
            null);
    messages.insert(inbound);
    return new ReplyOutcome(inbound, null, null);
  }
}
