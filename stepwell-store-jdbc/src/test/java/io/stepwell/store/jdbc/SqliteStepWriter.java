package io.stepwell.store.jdbc;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link SqliteStoreTest#aCommittedStepSurvivesKillNine}: creates an
 * execution, appends steps, prints {@link #DONE} once they are committed, and waits to be killed.
 */
final class SqliteStepWriter {
  static final String DONE = "committed";
  static final int STEPS = 5;

  private SqliteStepWriter() {}

  public static void main(String[] args) throws InterruptedException {
    String arn = args[1];
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    // never closed: the process dies with the store open
    Store store = JdbcStore.sqlite(Path.of(args[0]));
    store.createExecution(
        new ExecutionRecord(arn, "sm", 1, "e1", "RUNNING", "{}", null, null, null, t0, null),
        step("j1"));
    for (int i = 1; i <= STEPS; i++) {
      store.appendStep(arn, i, step("j" + (i + 1)));
    }
    System.out.println(DONE);
    System.out.flush();
    Thread.sleep(60_000);
  }

  private static StepRecord step(String journal) {
    return new StepRecord(
        journal, List.of(), "RUNNING", null, null, null, null, List.of(), List.of(), List.of(),
        List.of());
  }
}
