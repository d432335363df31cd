package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableTagStoreTest {
  @TempDir Path dir;

  @Test
  void tagsSurviveReopeningTheStoreInTheOrderFirstSet() {
    String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:a";
    try (JdbcStore store = JdbcStore.sqlite(dir)) {
      TagStore tags = TagStore.durable(store.keyValues());
      tags.tag(arn, Map.of("team", "a"));
      tags.tag(arn, Map.of("env", "dev"));
      tags.tag(arn, Map.of("team", "b"));
      tags.untag(arn, List.of("missing"));
    }
    try (JdbcStore store = JdbcStore.sqlite(dir)) {
      TagStore tags = TagStore.durable(store.keyValues());
      assertThat(tags.tags(arn)).containsExactly(Map.entry("team", "b"), Map.entry("env", "dev"));
      tags.forget(arn);
      assertThat(tags.tags(arn)).isEmpty();
    }
  }
}
