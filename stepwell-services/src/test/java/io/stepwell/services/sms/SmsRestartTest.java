package io.stepwell.services.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmsRestartTest {
  @TempDir Path data;

  private SmsHarness open(JdbcStore store) {
    return new SmsHarness(
        store, store.keyValues(), new OutboxSmsProvider(), InstantSource.system());
  }

  @Test
  void waitingTaskIsCompletedByAReplyAfterARestart() throws Exception {
    // given an execution waiting for a reply, then the engine and its database closed
    String execution;
    try (JdbcStore store = JdbcStore.sqlite(data);
        SmsHarness first = open(store)) {
      String sm = first.stateMachine("booking", SmsReplyWorkflowTest.BOOKING);
      execution =
          first
              .engine
              .startExecution(sm, null, "{\"phone\":\"+15551234567\",\"text\":\"3pm?\"}")
              .arn();
      first.awaitWaiting("+15551234567");
    }

    // when a new engine on the same database gets the reply
    try (JdbcStore store = JdbcStore.sqlite(data);
        SmsHarness second = open(store)) {
      var res =
          second.post(
              "/sms/inbound",
              "application/x-www-form-urlencoded",
              "From=%2B15551234567&To=%2B15550000000&Body=YES");

      // then the execution succeeds, and the task dispatched again at start sent nothing twice
      assertThat(res.statusCode()).isEqualTo(200);
      var done = second.engine.awaitExecution(execution, Duration.ofSeconds(10));
      assertThat(done.status()).isEqualTo("SUCCEEDED");
      assertThat(done.output()).contains("\"body\":\"YES\"");
      assertThat(second.sms.messages().list(null, 10).messages())
          .extracting(SmsMessage::direction)
          .containsExactly(SmsMessage.INBOUND, SmsMessage.OUTBOUND);
    }
  }
}
