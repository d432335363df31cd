package io.stepwell.services.sms;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox and inbox: every message sent or received, in the engine's {@link KeyValueStore} (so
 * they survive restarts and every node sees them). Keys put the newest first: {@code m/<time
 * inverted>/<id>}. Two indexes point at messages: {@code waiting/<phone>/<time inverted>/<id>} for
 * the messages whose task waits for a reply, newest first per number, and {@code task/<execution
 * ARN>#<task id>...} for the message a task sent, so a task dispatched again after a restart does
 * not send it twice.
 */
public final class SmsMessages {
  static final String SPACE = "sms";
  private static final String MESSAGES = "m/";
  private static final String WAITING = "waiting/";
  private static final String TASKS = "task/";

  private final KeyValueStore kv;

  public SmsMessages(KeyValueStore kv) {
    this.kv = kv;
  }

  /** A message with the version it was read at. */
  record Versioned(String key, SmsMessage message, long version) {}

  /** The key a message is kept at. */
  static String key(SmsMessage m) {
    return MESSAGES + inverted(m.time()) + "/" + m.id();
  }

  /** Later times sort first: the digits of {@code Long.MAX_VALUE} minus the microseconds. */
  private static String inverted(Instant t) {
    long micros = Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1_000;
    return String.format("%019d", Long.MAX_VALUE - micros);
  }

  void insert(SmsMessage m) {
    kv.put(SPACE, key(m), Json.write(m.toJson()), KeyValueStore.ANY);
  }

  Optional<Versioned> load(String key) {
    return kv.get(SPACE, key).map(e -> new Versioned(key, parse(e), e.version()));
  }

  /** Replaces a message if it is still at {@code version} ({@link KeyValueStore#ANY}: always). */
  boolean replace(String key, SmsMessage m, long version) {
    return kv.put(SPACE, key, Json.write(m.toJson()), version) >= 0;
  }

  /** A page of messages, newest first, after the key {@code after} ({@code null}: from the top). */
  public SmsPage list(String after, int max) {
    List<KeyValueEntry> entries = kv.scan(SPACE, MESSAGES, after, max + 1);
    List<SmsMessage> page = new ArrayList<>();
    for (int i = 0; i < Math.min(max, entries.size()); i++) {
      page.add(parse(entries.get(i)));
    }
    String next = entries.size() > max ? entries.get(max - 1).key() : null;
    return new SmsPage(page, next);
  }

  /**
   * Records that a task's message lives at {@code messageKey}, unless an earlier dispatch of the
   * same task recorded one: then that one's key.
   */
  Optional<String> claimTask(String taskKey, String messageKey) {
    String key = TASKS + taskKey;
    if (kv.put(SPACE, key, messageKey, KeyValueStore.ABSENT) >= 0) {
      return Optional.empty();
    }
    Optional<String> earlier = kv.get(SPACE, key).map(KeyValueEntry::value);
    if (earlier.isPresent() && kv.get(SPACE, earlier.get()).isEmpty()) {
      // the earlier dispatch stopped before it wrote its message: this one takes over
      kv.put(SPACE, key, messageKey, KeyValueStore.ANY);
      return Optional.empty();
    }
    return earlier;
  }

  void addWaiting(SmsMessage m) {
    kv.put(SPACE, waitingKey(m), key(m), KeyValueStore.ANY);
  }

  /** Index entries of the messages to {@code phone} that wait for a reply, newest first. */
  List<KeyValueEntry> waiting(String phone, int max) {
    return kv.scan(SPACE, WAITING + phone + "/", null, max);
  }

  void removeWaiting(String indexKey) {
    kv.delete(SPACE, indexKey, KeyValueStore.ANY);
  }

  private static String waitingKey(SmsMessage m) {
    return WAITING + m.to() + "/" + inverted(m.time()) + "/" + m.id();
  }

  @SuppressWarnings("unchecked")
  private static SmsMessage parse(KeyValueEntry e) {
    return SmsMessage.fromJson((Map<String, Object>) Json.parse(e.value()));
  }
}
