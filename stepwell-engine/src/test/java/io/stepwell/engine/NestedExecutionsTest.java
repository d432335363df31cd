package io.stepwell.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Task state that starts another execution, with each of AWS's integration patterns. */
class NestedExecutionsTest {
  private final Engine engine = Engine.builder(new InMemoryStore()).build();

  @AfterEach
  void close() {
    engine.close();
  }

  private String child(String name, String definition) {
    return engine.createStateMachine(name, definition, "STANDARD", null).arn();
  }

  private ExecutionRecord runParent(String resource, String childArn) throws InterruptedException {
    String parent =
        engine
            .createStateMachine(
                "parent" + Integer.toHexString(resource.hashCode()),
                """
                {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"%s",
                  "Parameters":{"StateMachineArn":"%s","Input":{"n":21},"Name":"kid"},
                  "Catch":[{"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.failed","Next":"Caught"}],
                  "End":true},
                  "Caught":{"Type":"Pass","End":true}}}
                """
                    .formatted(resource, childArn),
                "STANDARD",
                null)
            .arn();
    ExecutionRecord started = engine.startExecution(parent, "p", "{}");
    return engine.awaitExecution(started.arn(), Duration.ofSeconds(10));
  }

  @Test
  void syncWaitsForTheChildAndGetsItsOutputAsText() throws Exception {
    String doubler =
        child(
            "doubler",
            """
            {"StartAt":"D","States":{"D":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, $.n)"},"End":true}}}
            """);

    ExecutionRecord done = runParent("arn:aws:states:::states:startExecution.sync", doubler);

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> output = Json.asObject(Json.parse(done.output()));
    assertThat(output.get("Status")).isEqualTo("SUCCEEDED");
    assertThat(output.get("Output")).isEqualTo("{\"n\":42}");
    assertThat(output.get("Name")).isEqualTo("kid");
    // as recorded on AWS (other/credentials...test_cross_account_states_start_sync_execution)
    assertThat(output)
        .containsEntry("RedriveCount", 0)
        .containsEntry("RedriveStatus", "NOT_REDRIVABLE")
        .containsEntry("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
    assertThat(List.copyOf(output.keySet()))
        .containsSubsequence("OutputDetails", "RedriveCount", "RedriveStatusReason", "StartDate");
  }

  @Test
  void sync2GetsTheChildsOutputAsJson() throws Exception {
    String doubler =
        child(
            "doubler2",
            """
            {"StartAt":"D","States":{"D":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, $.n)"},"End":true}}}
            """);

    ExecutionRecord done = runParent("arn:aws:states:::states:startExecution.sync:2", doubler);

    assertThat(Json.asObject(Json.parse(done.output())).get("Output")).isEqualTo(Map.of("n", 42));
  }

  @Test
  void aFailedChildFailsTheTaskWithItsErrorInTheCause() throws Exception {
    String failing =
        child(
            "failer",
            """
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"SomeFailure","Cause":"it broke"}}}
            """);

    ExecutionRecord done = runParent("arn:aws:states:::states:startExecution.sync", failing);

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    Map<String, Object> failed =
        Json.asObject(Json.asObject(Json.parse(done.output())).get("failed"));
    assertThat(failed.get("Error")).isEqualTo("States.TaskFailed");
    Map<String, Object> cause = Json.asObject(Json.parse((String) failed.get("Cause")));
    assertThat(cause.get("Error")).isEqualTo("SomeFailure");
    assertThat(cause.get("Status")).isEqualTo("FAILED");
  }

  @Test
  void requestResponseAnswersAtOnceWithTheChildsArn() throws Exception {
    String waiter =
        child(
            "waiter",
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}
            """);

    ExecutionRecord done = runParent("arn:aws:states:::states:startExecution", waiter);

    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat((String) Json.asObject(Json.parse(done.output())).get("ExecutionArn"))
        .endsWith(":execution:waiter:kid");
  }
}
