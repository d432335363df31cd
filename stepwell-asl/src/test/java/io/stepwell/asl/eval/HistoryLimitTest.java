package io.stepwell.asl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.validate.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AWS fails an execution whose history would pass 25,000 events: {@code States.Runtime}, "The
 * execution reached the maximum number of history events (25000).", as event 25,000 (Step Functions
 * quotas: "Maximum execution history size"). Here with a small limit.
 */
class HistoryLimitTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String LOOP =
      """
      {"StartAt":"A","States":{
        "A":{"Type":"Pass","Next":"Again"},
        "Again":{"Type":"Choice","Choices":[{"Variable":"$.x","IsPresent":false,"Next":"A"}],
          "Default":"Done"},
        "Done":{"Type":"Succeed"}}}
      """;

  private final List<HistoryEvent> history = new ArrayList<>();
  private Interpreter interpreter;

  private ExecutionState start(String definition, int max) {
    interpreter =
        new Interpreter(
            DefinitionParser.parse(Validator.requireValid(definition, "STANDARD")),
            Entropy.seeded(1));
    Step step =
        interpreter.start(
            new ExecutionInfo(
                "arn:aws:states:us-east-1:123456789012:execution:sm:e",
                "e",
                "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
                "sm",
                null,
                Map.of(),
                T0,
                true,
                max));
    history.addAll(step.events());
    return step.state();
  }

  @Test
  void anEndlessLoopFailsWhenItsHistoryIsFull() {
    // when
    ExecutionState state = start(LOOP, 10);

    // then
    assertThat(state.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(state.error()).isEqualTo("States.Runtime");
    assertThat(state.cause())
        .isEqualTo("The execution reached the maximum number of history events (10).");
    assertThat(history).hasSize(10);
    HistoryEvent last = history.getLast();
    assertThat(last.id()).isEqualTo(10);
    assertThat(last.previousEventId()).isEqualTo(9);
    assertThat(last.type()).isEqualTo("ExecutionFailed");
    assertThat(last.details())
        .containsEntry("error", "States.Runtime")
        .containsEntry("cause", "The execution reached the maximum number of history events (10).");
    assertThat(history.get(8).type()).isEqualTo("ChoiceStateExited");
  }

  @Test
  void theEventThatEndsTheExecutionMayTakeTheLastId() {
    // when
    ExecutionState state =
        start("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", 4);

    // then
    assertThat(state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(history).extracting(HistoryEvent::type).last().isEqualTo("ExecutionSucceeded");
  }

  @Test
  void aRedriveNeedsRoomForItsEvents() {
    // given: 3 events, then a redrive takes 3 more, reaching the limit of 6
    ExecutionState state =
        start("{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}", 6);
    history.addAll(interpreter.handle(state, new Event.RedriveRequested(T0)).events());
    assertThat(state.lastEventId()).isEqualTo(6);

    // when
    Step again = interpreter.handle(state, new Event.RedriveRequested(T0));

    // then
    assertThat(again.events()).isEmpty();
    assertThat(state.redriveCount()).isEqualTo(1);
    assertThat(state.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void noLimitWithoutOne() {
    // given
    ExecutionState state =
        start(
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"Q\"},\"Q\":{\"Type\":\"Pass\",\"End\":true}}}",
            0);

    // then
    assertThat(state.status()).isEqualTo(ExecutionStatus.RUNNING);
  }
}
