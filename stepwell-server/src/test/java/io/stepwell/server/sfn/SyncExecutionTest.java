package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * StartSyncExecution, and the {@code sync-} host prefix the SDKs put before the endpoint's host for
 * it (and for TestState): with an endpoint override the SDK still prefixes, so a client must turn
 * the prefix off ({@code SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION}).
 */
class SyncExecutionTest {
  private static final String FAILS =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Nope\",\"Cause\":\"because\"}}}";
  private SfnServer s;
  private SfnClient sync;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sync = s.client(true);
  }

  @AfterEach
  void stop() {
    sync.close();
    s.close();
  }

  private String express(String name, String definition) {
    return s.sfn
        .createStateMachine(
            b -> b.name(name).definition(definition).roleArn(SfnServer.ROLE).type("EXPRESS"))
        .stateMachineArn();
  }

  @Test
  void syncExecutionAnswersWithTheResult() {
    // given
    String sm = express("quick", SfnServer.PASS);

    // when
    StartSyncExecutionResponse r =
        sync.startSyncExecution(
            b -> b.stateMachineArn(sm).name("one").input("{\"a\":1}").traceHeader("Root=1"));

    // then
    assertThat(r.executionArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:express:quick:one:");
    assertThat(r.stateMachineArn()).isEqualTo(sm);
    assertThat(r.name()).isEqualTo("one");
    assertThat(r.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(r.output())).isEqualTo(Map.of("ok", 1));
    assertThat(r.input()).isEqualTo("{\"a\":1}");
    assertThat(r.inputDetails().included()).isTrue();
    assertThat(r.outputDetails().included()).isTrue();
    assertThat(r.traceHeader()).isEqualTo("Root=1");
    assertThat(r.stopDate()).isAfterOrEqualTo(r.startDate());
    assertThat(r.billingDetails().billedMemoryUsedInMB()).isEqualTo(64L);
    assertThat(r.billingDetails().billedDurationInMilliseconds()).isPositive();
  }

  @Test
  void failedSyncExecutionCarriesErrorAndCause() {
    String sm = express("broken", FAILS);
    StartSyncExecutionResponse r = sync.startSyncExecution(b -> b.stateMachineArn(sm));
    assertThat(r.status()).isEqualTo(SyncExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("Nope");
    assertThat(r.cause()).isEqualTo("because");
    assertThat(r.output()).isNull();
  }

  @Test
  void standardStateMachineIsStateMachineTypeNotSupported() {
    String sm = s.createStateMachine("slow", SfnServer.PASS);
    assertAwsError(
        () -> sync.startSyncExecution(b -> b.stateMachineArn(sm)),
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }

  @Test
  void sdkPrefixesTheOverriddenEndpointUnlessTold() {
    String sm = express("prefixed", SfnServer.PASS);
    assertThatThrownBy(() -> s.sfn.startSyncExecution(b -> b.stateMachineArn(sm)))
        .isInstanceOf(SdkClientException.class)
        .hasRootCauseInstanceOf(UnknownHostException.class)
        .rootCause()
        .hasMessageContaining("sync-127.0.0.1");
  }
}
