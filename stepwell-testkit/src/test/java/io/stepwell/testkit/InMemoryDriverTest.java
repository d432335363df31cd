package io.stepwell.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryDriverTest {
  private static ExecutionResult run(String definition, String input, TaskHandler handler) {
    return new InMemoryDriver(handler).run(RunRequest.of(definition, Json.parse(input)));
  }

  private static List<String> types(ExecutionResult result) {
    return result.history().stream().map(HistoryEvent::type).toList();
  }

  @Test
  void passChainAppliesParametersResultPathAndOutputPath() {
    // given
    String def =
        """
        {"StartAt":"A","States":{
          "A":{"Type":"Pass","Parameters":{"x.$":"$.in","k":1},"ResultPath":"$.a","Next":"B"},
          "B":{"Type":"Pass","Result":{"y":2},"ResultPath":"$.a.b","OutputPath":"$.a","End":true}}}
        """;
    // when
    ExecutionResult result = run(def, "{\"in\":\"v\"}", r -> new TaskResult.Succeeded(null));
    // then
    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.write(result.output())).isEqualTo("{\"x\":\"v\",\"k\":1,\"b\":{\"y\":2}}");
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void taskIsRetriedThenCaught() {
    // given
    String def =
        """
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":2,"IntervalSeconds":5}],
               "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.err","Next":"H"}],"End":true},
          "H":{"Type":"Pass","End":true}}}
        """;
    AtomicInteger calls = new AtomicInteger();
    // when
    ExecutionResult result =
        run(
            def,
            "{}",
            r -> {
              calls.incrementAndGet();
              return new TaskResult.Failed("Boom", "bad", Duration.ofSeconds(1));
            });
    // then
    assertThat(calls).hasValue(3);
    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.write(result.output()))
        .isEqualTo("{\"err\":{\"Error\":\"Boom\",\"Cause\":\"bad\"}}");
  }

  @Test
  void mapRunsEachItemAndParallelEachBranch() {
    // given
    String def =
        """
        {"StartAt":"M","States":{
          "M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
               "ItemSelector":{"v.$":"$$.Map.Item.Value","i.$":"$$.Map.Item.Index"},
               "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}},
               "Next":"P"},
          "P":{"Type":"Parallel","Branches":[
               {"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"End":true}}},
               {"StartAt":"B","States":{"B":{"Type":"Pass","OutputPath":"$[1]","End":true}}}],"End":true}}}
        """;
    // when
    ExecutionResult result = run(def, "{\"items\":[\"a\",\"b\",\"c\"]}", r -> null);
    // then
    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.write(result.output())).isEqualTo("[1,{\"v\":\"b\",\"i\":1}]");
    assertThat(types(result))
        .contains("MapIterationStarted", "MapStateSucceeded", "ParallelStateExited");
  }

  @Test
  void failStateFailsTheExecution() {
    String def =
        """
        {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","Cause":"C"}}}
        """;
    ExecutionResult result = run(def, "{}", r -> null);
    assertThat(result.status()).isEqualTo("FAILED");
    assertThat(result.error()).isEqualTo("E");
    assertThat(result.cause()).isEqualTo("C");
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
  }
}
