package io.stepwell.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.TimerRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends JdbcStoreContractTest {
  @TempDir Path dataDir;

  @Override
  protected Store newStore() {
    return JdbcStore.sqlite(dataDir);
  }

  @Override
  protected Store newNode() {
    return JdbcStore.sqlite(dataDir);
  }

  @Test
  void dataSurvivesClosingAndReopening() {
    // given
    store.putStateMachine(new StateMachineRecord(SM, "orders", "STANDARD", "{v1}", "r", 1, T0, T0));
    store.createExecution(
        execution(EX, T0),
        step(
            "j1",
            List.of(event(1, "ExecutionStarted")),
            List.of(new TimerRecord(EX, 1, T0.plusSeconds(10))),
            List.of(task(EX, 1, "tok"))));
    store.appendStep(EX, 1, step("j2", List.of(event(2, "TaskScheduled")), List.of(), List.of()));

    // when
    store.close();
    store = JdbcStore.sqlite(dataDir);

    // then
    assertThat(store.stateMachine(SM).orElseThrow().definition()).isEqualTo("{v1}");
    assertThat(store.execution(EX).orElseThrow().startDate()).isEqualTo(T0);
    assertThat(store.journal(EX)).containsExactly("j1", "j2");
    assertThat(store.history(EX, 0, 10, false)).hasSize(2);
    assertThat(store.nextTimer()).contains(T0.plusSeconds(10));
    assertThat(store.taskByToken("tok")).isPresent();
    store.appendStep(EX, 2, step("j3", List.of(), List.of(), List.of()));
    assertThat(store.journal(EX)).hasSize(3);
  }

  @Test
  void theFileIsInWalModeAndMigratedByFlyway() throws Exception {
    // given
    String url = "jdbc:sqlite:" + dataDir.resolve(SqliteDialect.FILE_NAME);

    // when
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
      mode.next();

      // then
      assertThat(mode.getString(1)).isEqualTo("wal");
      try (ResultSet versions =
          s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1")) {
        versions.next();
        assertThat(versions.getString(1)).isEqualTo("1");
      }
    }
  }

  @Test
  void aStoreWithNormalSyncWorksToo() {
    // given
    store.close();
    store = JdbcStore.sqlite(dataDir, SqliteSync.NORMAL);

    // when
    store.createExecution(execution(EX, T0), step("j1", List.of(), List.of(), List.of()));

    // then
    assertThat(store.journal(EX)).containsExactly("j1");
  }

  @Test
  void aCommittedStepSurvivesKillNine() throws Exception {
    // given: a child JVM that commits steps, says so, and is then killed without warning
    store.close();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                SqliteStepWriter.class.getName(),
                dataDir.toString(),
                EX)
            .redirectErrorStream(true)
            .start();
    String last = "";
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals(SqliteStepWriter.DONE)) {
        last = line;
      }
      // when
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(line).as("child output, last line: %s", last).isEqualTo(SqliteStepWriter.DONE);
    }

    // then
    store = JdbcStore.sqlite(dataDir);
    assertThat(store.journal(EX)).hasSize(1 + SqliteStepWriter.STEPS);
    assertThat(store.execution(EX).orElseThrow().status()).isEqualTo("RUNNING");
  }
}
