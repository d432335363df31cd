package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;

/** Versions and aliases through the SDK. */
class VersionApiTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private static RoutingConfigurationListItem route(String version, int weight) {
    return RoutingConfigurationListItem.builder()
        .stateMachineVersionArn(version)
        .weight(weight)
        .build();
  }

  @Test
  void versionsDescribeTheirOwnRevision() {
    // given
    var created =
        sfn.createStateMachine(b ->
            b.name("versioned")
                .definition(SfnServer.PASS)
                .roleArn(SfnServer.ROLE)
                .publish(true)
                .versionDescription("first"));
    String arn = created.stateMachineArn();
    var update =
        sfn.updateStateMachine(b ->
            b.stateMachineArn(arn)
                .definition(SfnServer.WAIT)
                .publish(true)
                .versionDescription("second"));

    // when
    var v1 = sfn.describeStateMachine(b -> b.stateMachineArn(arn + ":1"));
    var v2 = sfn.describeStateMachine(b -> b.stateMachineArn(arn + ":2"));
    var versions = sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions();

    // then
    assertThat(created.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(update.stateMachineVersionArn()).isEqualTo(arn + ":2");
    assertThat(v1.stateMachineArn()).isEqualTo(arn + ":1");
    assertThat(v1.definition()).isEqualTo(SfnServer.PASS);
    assertThat(v1.description()).isEqualTo("first");
    assertThat(v1.revisionId()).isNull();
    assertThat(v2.definition()).isEqualTo(SfnServer.WAIT);
    assertThat(v2.revisionId()).isEqualTo(update.revisionId());
    assertThat(versions)
        .extracting(StateMachineVersionListItem::stateMachineVersionArn)
        .containsExactly(arn + ":2", arn + ":1");
    assertAwsError(
        () -> sfn.describeStateMachine(b -> b.stateMachineArn(arn + ":3")),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + ":3'");
  }

  @Test
  void publishWithAStaleRevisionIdIsConflict() {
    String arn = s.createStateMachine("guarded", SfnServer.PASS);
    String r1 =
        sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(SfnServer.WAIT)).revisionId();
    String r2 =
        sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(SfnServer.PASS)).revisionId();
    assertAwsError(
        () -> sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn).revisionId(r1)),
        "ConflictException",
        "Failed to publish the State Machine version for revision "
            + r1
            + ". The current State Machine revision is "
            + r2
            + ".");
    var published = sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn).revisionId(r2));
    assertThat(published.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(published.creationDate()).isNotNull();
  }

  @Test
  void aliasesRouteExecutionsAndAreListedByVersion() {
    // given
    String arn = s.createStateMachine("aliased", SfnServer.PASS);
    String v1 =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();

    // when
    var alias =
        sfn.createStateMachineAlias(
            b -> b.name("PROD").description("live").routingConfiguration(route(v1, 100)));
    var described =
        sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias.stateMachineAliasArn()));
    String exec =
        sfn.startExecution(b -> b.stateMachineArn(alias.stateMachineAliasArn())).executionArn();
    var execution = sfn.describeExecution(b -> b.executionArn(exec));
    var byAlias =
        sfn.listExecutions(b -> b.stateMachineArn(alias.stateMachineAliasArn())).executions();
    var aliasesOfV1 = sfn.listStateMachineAliases(b -> b.stateMachineArn(v1)).stateMachineAliases();
    var updated =
        sfn.updateStateMachineAlias(
            b -> b.stateMachineAliasArn(alias.stateMachineAliasArn()).description("still live"));

    // then
    assertThat(alias.stateMachineAliasArn()).isEqualTo(arn + ":PROD");
    assertThat(described.name()).isEqualTo("PROD");
    assertThat(described.description()).isEqualTo("live");
    assertThat(described.routingConfiguration())
        .containsExactly(
            RoutingConfigurationListItem.builder().stateMachineVersionArn(v1).weight(100).build());
    assertThat(execution.stateMachineAliasArn()).isEqualTo(arn + ":PROD");
    assertThat(execution.stateMachineVersionArn()).isEqualTo(v1);
    assertThat(byAlias)
        .singleElement()
        .satisfies(e -> assertThat(e.executionArn()).isEqualTo(exec));
    assertThat(aliasesOfV1)
        .singleElement()
        .satisfies(a -> assertThat(a.stateMachineAliasArn()).isEqualTo(arn + ":PROD"));
    assertThat(updated.updateDate()).isNotNull();
    assertAwsError(
        () -> sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1)),
        "ConflictException",
        null);
    sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(arn + ":PROD"));
    sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1));
    assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions())
        .isEmpty();
    assertAwsError(
        () -> sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(arn + ":PROD")),
        "ResourceNotFound",
        "Resource not found: '" + arn + ":PROD'");
  }

  @Test
  void aliasWeightsMustSumTo100() {
    String arn = s.createStateMachine("weighted", SfnServer.PASS);
    String v1 =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
    assertAwsError(
        () -> sfn.createStateMachineAlias(b -> b.name("HALF").routingConfiguration(route(v1, 50))),
        "ValidationException",
        null);
  }
}
