package io.stepwell.server.sfn;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Tags as one JSON document per resource ARN, changed by compare-and-set. */
final class DurableTagStore implements TagStore {
  private static final String SPACE = "sfn-tags";
  private final KeyValueStore documents;

  DurableTagStore(KeyValueStore documents) {
    this.documents = documents;
  }

  @Override
  public Map<String, String> tags(String resourceArn) {
    return documents.get(SPACE, resourceArn).map(DurableTagStore::parse).orElse(Map.of());
  }

  @Override
  public void tag(String resourceArn, Map<String, String> tags) {
    change(resourceArn, held -> held.putAll(tags));
  }

  @Override
  public void untag(String resourceArn, Collection<String> keys) {
    change(resourceArn, held -> held.keySet().removeAll(keys));
  }

  @Override
  public void forget(String resourceArn) {
    documents.delete(SPACE, resourceArn, KeyValueStore.ANY);
  }

  private void change(String arn, Consumer<Map<String, String>> edit) {
    while (true) {
      Optional<KeyValueEntry> current = documents.get(SPACE, arn);
      Map<String, String> held = current.map(DurableTagStore::parse).orElseGet(LinkedHashMap::new);
      edit.accept(held);
      long expected = current.map(KeyValueEntry::version).orElse(KeyValueStore.ABSENT);
      if (documents.put(SPACE, arn, Json.write(held), expected) > 0) {
        return;
      }
    }
  }

  private static Map<String, String> parse(KeyValueEntry e) {
    Map<String, String> out = new LinkedHashMap<>();
    Json.asObject(Json.parse(e.value())).forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }
}
