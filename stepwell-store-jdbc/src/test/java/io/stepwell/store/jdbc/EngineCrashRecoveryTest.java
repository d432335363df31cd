package io.stepwell.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StoredEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real Stepwell process ({@code kill -9}) while hundreds of Standard executions wait on
 * timers and task tokens, starts a new one on the same SQLite store, and checks that every
 * execution ends with the right output and a history with nothing lost and nothing twice.
 */
class EngineCrashRecoveryTest {
  private static final int EXECUTIONS = 200;
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:booking";

  @TempDir Path dir;

  private Process worker(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashWorker.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static void awaitLine(Process p, String expected, long seconds) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String line;
    StringBuilder seen = new StringBuilder();
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.equals(expected)) {
        return;
      }
    }
    throw new AssertionError("worker did not print " + expected + "; it printed:\n" + seen);
  }

  @Test
  void executionsSurviveKillMinus9OnSqlite() throws Exception {
    crashAndResume(null);
  }

  @Test
  void executionsSurviveKillMinus9OnPostgres() throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      crashAndResume(pg.freshSchema());
    }
  }

  private void crashAndResume(String pgUrl) throws Exception {
    // given: a process with 200 executions, half waiting on a 3 s timer, half on a task token
    Process first =
        pgUrl == null
            ? worker("start", dir.toString(), String.valueOf(EXECUTIONS))
            : worker("start", dir.toString(), String.valueOf(EXECUTIONS), pgUrl);
    awaitLine(first, "STARTED", 60);
    Thread.sleep(500);

    // when: it is killed without warning, and a new process takes over
    first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL on Linux
    Process second =
        pgUrl == null ? worker("resume", dir.toString()) : worker("resume", dir.toString(), pgUrl);
    awaitLine(second, "RESUMED", 90);
    assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // then
    try (JdbcStore store =
        pgUrl == null ? JdbcStore.sqlite(dir) : JdbcStore.postgres(pgUrl, null, null)) {
      List<ExecutionRecord> all = new ArrayList<>();
      String after = null;
      while (true) {
        List<ExecutionRecord> page = store.executions(SM, null, 100, after);
        if (page.isEmpty()) {
          break;
        }
        all.addAll(page);
        after = page.getLast().arn();
      }
      assertThat(all).hasSize(EXECUTIONS);
      for (ExecutionRecord e : all) {
        assertThat(e.status()).as(e.arn()).isEqualTo("SUCCEEDED");
        assertThat(e.output()).contains("\"booking\":\"recorded\"");
        List<StoredEvent> history = store.history(e.arn(), 0, 1000, false);
        for (int i = 0; i < history.size(); i++) {
          assertThat(history.get(i).id()).as(e.arn() + " event " + i).isEqualTo(i + 1);
        }
        List<String> types = history.stream().map(StoredEvent::type).toList();
        assertThat(types.getFirst()).isEqualTo("ExecutionStarted");
        assertThat(types.getLast()).isEqualTo("ExecutionSucceeded");
        assertThat(types.stream().filter(t -> t.endsWith("StateEntered")).count())
            .as(e.arn() + ": each state entered once")
            .isEqualTo(e.input().contains("timer") ? 4 : 5);
        if (e.input().contains("token")) {
          assertThat(e.output()).contains("\"reply\":\"YES\"");
        }
      }
    }
  }
}
