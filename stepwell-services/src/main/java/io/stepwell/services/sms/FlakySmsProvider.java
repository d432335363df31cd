package io.stepwell.services.sms;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.util.Map;
import java.util.Optional;

/**
 * Wraps a provider and fails the next N sends on purpose, to try a workflow's {@code Retry} and
 * {@code Catch}. The count is kept in the {@link KeyValueStore}, so it holds across restarts and
 * nodes: each failure takes one off with a compare-and-set. Set through {@code POST /sms/failures}
 * or {@link #failNext}.
 */
public final class FlakySmsProvider implements SmsProvider {
  static final String KEY = "control/fail-next";

  /** The code of a failure made on purpose. */
  public static final String SIMULATED = "SimulatedFailure";

  private final SmsProvider delegate;
  private final KeyValueStore kv;

  public FlakySmsProvider(SmsProvider delegate, KeyValueStore kv) {
    this.delegate = delegate;
    this.kv = kv;
  }

  /**
   * Makes the next {@code count} sends fail (0 clears it).
   *
   * @param retryable whether the failures say a later try may work
   */
  public void failNext(int count, boolean retryable) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    kv.put(
        SmsMessages.SPACE,
        KEY,
        Json.write(Map.of("count", count, "retryable", retryable)),
        KeyValueStore.ANY);
  }

  /** How many sends are still to fail. */
  public int failuresLeft() {
    return kv.get(SmsMessages.SPACE, KEY).map(e -> count(e)).orElse(0);
  }

  @Override
  public SmsDelivery send(String to, String from, String body) {
    for (int attempt = 0; attempt < 100; attempt++) {
      Optional<KeyValueEntry> entry = kv.get(SmsMessages.SPACE, KEY);
      if (entry.isEmpty() || count(entry.get()) <= 0) {
        return delegate.send(to, from, body);
      }
      int left = count(entry.get()) - 1;
      boolean retryable = Boolean.TRUE.equals(doc(entry.get()).get("retryable"));
      String next = Json.write(Map.of("count", left, "retryable", retryable));
      if (kv.put(SmsMessages.SPACE, KEY, next, entry.get().version()) >= 0) {
        return new SmsDelivery.Failed(
            SIMULATED,
            "The SMS provider failed on purpose (" + left + " more failures to come)",
            retryable);
      }
    }
    throw new IllegalStateException("the failure count kept changing under this send");
  }

  private static int count(KeyValueEntry e) {
    return ((Number) doc(e).get("count")).intValue();
  }

  private static Map<String, Object> doc(KeyValueEntry e) {
    return Json.asObject(Json.parse(e.value()));
  }
}
