package io.stepwell.engine;

import io.stepwell.engine.store.StoredEvent;
import java.util.List;

/** Told of history events as soon as the step that made them is committed. */
@FunctionalInterface
public interface HistoryListener {
  void onEvents(String executionArn, List<StoredEvent> events);
}
