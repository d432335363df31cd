package io.stepwell.services.sns;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * SNS topics and their SMS subscriptions, one document per topic ARN in the {@link KeyValueStore}
 * space {@code sns-topics}: {@code {"name", "subscriptions": [{"arn", "protocol", "endpoint"}]}}.
 */
public final class SnsTopics {
  static final String SPACE = "sns-topics";
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\\.fifo");

  private final KeyValueStore kv;
  private final String region;
  private final String account;

  public SnsTopics(KeyValueStore kv, String region, String account) {
    this.kv = kv;
    this.region = region;
    this.account = account;
  }

  /** One subscription: its ARN, {@code sms}, the phone number. */
  public record Subscription(String arn, String protocol, String endpoint) {}

  /** Creates a topic, or answers the ARN of the one of that name (as SNS does). */
  public String create(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw SnsException.invalidParameter("Invalid parameter: Topic Name");
    }
    String arn = "arn:aws:sns:" + region + ":" + account + ":" + name;
    kv.put(SPACE, arn, Json.write(doc(name, List.of())), KeyValueStore.ABSENT);
    return arn;
  }

  /** Deletes a topic; nothing happens when there is none (as SNS does). */
  public void delete(String arn) {
    kv.delete(SPACE, arn, KeyValueStore.ANY);
  }

  /** Every topic ARN, in order. */
  public List<String> list() {
    List<String> arns = new ArrayList<>();
    String after = null;
    while (true) {
      List<KeyValueEntry> page = kv.scan(SPACE, "", after, 500);
      page.forEach(e -> arns.add(e.key()));
      if (page.size() < 500) {
        return arns;
      }
      after = page.get(page.size() - 1).key();
    }
  }

  /** The subscriptions of a topic, or empty when it does not exist. */
  public Optional<List<Subscription>> subscriptions(String arn) {
    return kv.get(SPACE, arn).map(e -> subscriptionsOf(Json.asObject(Json.parse(e.value()))));
  }

  /** Subscribes a phone number to a topic (once: subscribing again answers the same ARN). */
  public String subscribe(String topicArn, String protocol, String endpoint) {
    for (int attempt = 0; attempt < 100; attempt++) {
      KeyValueEntry e =
          kv.get(SPACE, topicArn).orElseThrow(() -> SnsException.notFound("Topic does not exist"));
      Map<String, Object> doc = Json.asObject(Json.parse(e.value()));
      List<Subscription> subs = new ArrayList<>(subscriptionsOf(doc));
      for (Subscription s : subs) {
        if (s.protocol().equals(protocol) && s.endpoint().equals(endpoint)) {
          return s.arn();
        }
      }
      Subscription added = new Subscription(topicArn + ":" + UUID.randomUUID(), protocol, endpoint);
      subs.add(added);
      if (kv.put(SPACE, topicArn, Json.write(doc((String) doc.get("name"), subs)), e.version())
          >= 0) {
        return added.arn();
      }
    }
    throw new IllegalStateException("topic " + topicArn + " kept changing under this subscribe");
  }

  private static Map<String, Object> doc(String name, List<Subscription> subs) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", name);
    List<Object> list = new ArrayList<>();
    for (Subscription s : subs) {
      list.add(Map.of("arn", s.arn(), "protocol", s.protocol(), "endpoint", s.endpoint()));
    }
    doc.put("subscriptions", list);
    return doc;
  }

  private static List<Subscription> subscriptionsOf(Map<String, Object> doc) {
    List<Subscription> subs = new ArrayList<>();
    for (Object o : Json.asArray(doc.get("subscriptions"))) {
      Map<String, Object> s = Json.asObject(o);
      subs.add(
          new Subscription(
              (String) s.get("arn"), (String) s.get("protocol"), (String) s.get("endpoint")));
    }
    return subs;
  }
}
