package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/** State machines through the SDK: create, describe, update, list, delete. */
class StateMachineApiTest {
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

  @Test
  void describeEchoesWhatWasCreatedWithAwsDefaults() {
    // given
    String arn = s.createStateMachine("hello", SfnServer.PASS);

    // when
    DescribeStateMachineResponse d = sfn.describeStateMachine(b -> b.stateMachineArn(arn));

    // then
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:hello");
    assertThat(d.stateMachineArn()).isEqualTo(arn);
    assertThat(d.name()).isEqualTo("hello");
    assertThat(d.statusAsString()).isEqualTo("ACTIVE");
    assertThat(d.definition()).isEqualTo(SfnServer.PASS);
    assertThat(d.roleArn()).isEqualTo(SfnServer.ROLE);
    assertThat(d.typeAsString()).isEqualTo("STANDARD");
    assertThat(d.creationDate()).isNotNull();
    assertThat(d.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
    assertThat(d.loggingConfiguration().includeExecutionData()).isFalse();
    assertThat(d.tracingConfiguration().enabled()).isFalse();
    assertThat(d.revisionId()).isNull();
  }

  @Test
  void loggingAndTracingConfigurationsAreEchoed() {
    // given
    String group = "arn:aws:logs:us-east-1:123456789012:log-group:sfn:*";

    // when
    String arn =
        sfn.createStateMachine(b ->
                b.name("logged")
                    .definition(SfnServer.PASS)
                    .roleArn(SfnServer.ROLE)
                    .loggingConfiguration(l ->
                        l.level(LogLevel.ALL)
                            .includeExecutionData(true)
                            .destinations(
                                LogDestination.builder()
                                    .cloudWatchLogsLogGroup(g -> g.logGroupArn(group))
                                    .build()))
                    .tracingConfiguration(t -> t.enabled(true)))
            .stateMachineArn();
    DescribeStateMachineResponse d = sfn.describeStateMachine(b -> b.stateMachineArn(arn));

    // then
    assertThat(d.loggingConfiguration().level()).isEqualTo(LogLevel.ALL);
    assertThat(d.loggingConfiguration().includeExecutionData()).isTrue();
    assertThat(
            d.loggingConfiguration()
                .destinations()
                .getFirst()
                .cloudWatchLogsLogGroup()
                .logGroupArn())
        .isEqualTo(group);
    assertThat(d.tracingConfiguration().enabled()).isTrue();
  }

  @Test
  void loggingWithoutADestinationIsInvalidLoggingConfiguration() {
    assertAwsError(
        () ->
            sfn.createStateMachine(b ->
                b.name("nolog")
                    .definition(SfnServer.PASS)
                    .roleArn(SfnServer.ROLE)
                    .loggingConfiguration(l -> l.level(LogLevel.ERROR))),
        "InvalidLoggingConfiguration",
        "Invalid Logging Configuration: Must specify exactly one Log Destination.");
  }

  @Test
  void createIsIdempotentAndAnotherDefinitionIsAlreadyExists() {
    String arn = s.createStateMachine("same", SfnServer.PASS);
    assertThat(s.createStateMachine("same", SfnServer.PASS)).isEqualTo(arn);
    assertAwsError(
        () -> s.createStateMachine("same", SfnServer.WAIT),
        "StateMachineAlreadyExists",
        "State Machine Already Exists: '" + arn + "'");
  }

  @Test
  void invalidDefinitionAndNameAreRefusedAsAwsRefusesThem() {
    assertAwsError(
        () -> s.createStateMachine("bad", "{\"StartAt\":\"A\"}"),
        "InvalidDefinition",
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required:"
            + " [States] at /'");
    assertAwsError(
        () -> s.createStateMachine("bad name", SfnServer.PASS),
        "InvalidName",
        "Invalid Name: 'bad name'");
    assertAwsError(
        () ->
            sfn.createStateMachine(b ->
                b.name("typed").definition(SfnServer.PASS).roleArn(SfnServer.ROLE).type("BATCH")),
        "ValidationException",
        "1 validation error detected: Value 'BATCH' at 'type' failed to satisfy constraint:"
            + " Member must satisfy enum value set: [STANDARD, EXPRESS]");
    assertAwsError(
        () ->
            sfn.createStateMachine(b ->
                b.name("v")
                    .definition(SfnServer.PASS)
                    .roleArn(SfnServer.ROLE)
                    .versionDescription("x")),
        "ValidationException",
        "Version description can only be set when publish is true");
  }

  @Test
  void updateMakesANewRevisionOnlyWhenSomethingChanges() {
    // given
    String arn = s.createStateMachine("revised", SfnServer.PASS);

    // when
    var first = sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(SfnServer.WAIT));
    var same = sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(SfnServer.WAIT));
    var role =
        sfn.updateStateMachine(
            b -> b.stateMachineArn(arn).roleArn("arn:aws:iam::123456789012:role/other"));
    DescribeStateMachineResponse d = sfn.describeStateMachine(b -> b.stateMachineArn(arn));

    // then
    assertThat(first.revisionId()).isNotNull();
    assertThat(same.revisionId()).isEqualTo(first.revisionId());
    assertThat(role.revisionId()).isNotEqualTo(first.revisionId());
    assertThat(d.revisionId()).isEqualTo(role.revisionId());
    assertThat(d.definition()).isEqualTo(SfnServer.WAIT);
    assertThat(d.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/other");
    assertAwsError(
        () -> sfn.updateStateMachine(b -> b.stateMachineArn(arn)),
        "MissingRequiredParameter",
        "Either the definition, the role ARN, the LoggingConfiguration, or the"
            + " TracingConfiguration must be specified");
  }

  @Test
  void listStateMachinesPagesByName() {
    // given
    for (String name : List.of("c", "a", "e", "b", "d")) {
      s.createStateMachine(name, SfnServer.PASS);
    }

    // when
    List<String> names = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListStateMachinesResponse page = sfn.listStateMachines(b -> b.maxResults(2).nextToken(t));
      assertThat(page.stateMachines()).hasSizeLessThanOrEqualTo(2);
      page.stateMachines().forEach(sm -> names.add(sm.name()));
      token = page.nextToken();
    } while (token != null);

    // then
    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    StateMachineListItem first = sfn.listStateMachines().stateMachines().getFirst();
    assertThat(first.typeAsString()).isEqualTo("STANDARD");
    assertThat(first.creationDate()).isNotNull();
  }

  @Test
  void deleteRemovesAndDeletingAgainSucceeds() {
    String arn = s.createStateMachine("gone", SfnServer.PASS);
    sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    assertAwsError(
        () -> sfn.describeStateMachine(b -> b.stateMachineArn(arn)),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + "'");
    assertAwsError(
        () -> sfn.describeStateMachine(b -> b.stateMachineArn("not_a_valid_arn")),
        "InvalidArn",
        "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'");
  }
}
