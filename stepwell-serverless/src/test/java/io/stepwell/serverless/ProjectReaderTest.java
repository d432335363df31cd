package io.stepwell.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects read as the Framework and the serverless-step-functions plugin read them (names, logical
 * ids, intrinsic functions in definitions), with expected values from their documentation.
 */
class ProjectReaderTest {
  @TempDir Path dir;

  private static final String HEADER =
      """
      service: hello
      provider:
        name: aws
        runtime: java21
        environment:
          SHARED: shared
      functions:
        hello:
          handler: com.example.Handler::handle
          package: {artifact: build}
          environment: {OWN: own}
        hello-world:
          handler: handler.hello
          runtime: nodejs20.x
      """;

  private Project read(String stepFunctions) {
    java.nio.file.Path build = dir.resolve("build");
    build.toFile().mkdirs();
    return Projects.read(dir, HEADER + stepFunctions);
  }

  private Map<String, Object> definition(Project p, String key) {
    return Json.asObject(Json.parse(p.stateMachines().get(key).definition()));
  }

  @Test
  void functionsAreNamedServiceStageKey() {
    Project p = read("");

    FunctionDef hello = p.functions().get("hello");
    assertThat(hello.name()).isEqualTo("hello-dev-hello");
    assertThat(hello.logicalId()).isEqualTo("HelloLambdaFunction");
    assertThat(hello.arn())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:hello-dev-hello");
    assertThat(hello.environment())
        .containsExactly(Map.entry("SHARED", "shared"), Map.entry("OWN", "own"));
    assertThat(hello.timeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(hello.memoryMb()).isEqualTo(1024);
    assertThat(hello.code()).isEqualTo(dir.toAbsolutePath().resolve("build"));
    FunctionDef world = p.functions().get("hello-world");
    assertThat(world.logicalId()).isEqualTo("HelloDashworldLambdaFunction");
    assertThat(world.runnable()).isFalse();
    assertThat(world.code()).isEqualTo(dir.toAbsolutePath());
  }

  @Test
  void getAttArnOfAFunctionKeyOrLogicalIdIsItsLambdaArn() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                hellostepfunc1:
                  definition:
                    StartAt: A
                    States:
                      A: {Type: Task, Resource: {Fn::GetAtt: [hello, Arn]}, Next: B}
                      B: {Type: Task, Resource: {Fn::GetAtt: [HelloDashworldLambdaFunction, Arn]}, Next: C}
                      C: {Type: Task, Resource: !GetAtt hello.Arn, Next: D}
                      D: {Type: Pass, Result: {name: !Ref hello}, End: true}
            """);

    Map<String, Object> states = Json.asObject(definition(p, "hellostepfunc1").get("States"));
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:hello-dev-hello";
    assertThat(Json.asObject(states.get("A")).get("Resource")).isEqualTo(arn);
    assertThat(Json.asObject(states.get("B")).get("Resource"))
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:hello-dev-hello-world");
    assertThat(Json.asObject(states.get("C")).get("Resource")).isEqualTo(arn);
    assertThat(Json.asObject(states.get("D")).get("Result"))
        .isEqualTo(Map.of("name", "hello-dev-hello"));
  }

  @Test
  void stateMachinesAreNamedAsThePluginNamesThem() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                hellostepfunc1:
                  name: myStateMachine
                  definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                second-one:
                  type: EXPRESS
                  definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                third:
                  id: ThirdMachine
                  definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
            """);

    StateMachineDef named = p.stateMachines().get("hellostepfunc1");
    assertThat(named.logicalId()).isEqualTo("MyStateMachine");
    assertThat(named.arn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:myStateMachine");
    StateMachineDef unnamed = p.stateMachines().get("second-one");
    assertThat(unnamed.logicalId()).isEqualTo("SecondDashoneStepFunctionsStateMachine");
    assertThat(unnamed.name()).isEqualTo("SecondDashoneStepFunctionsStateMachine");
    assertThat(unnamed.type()).isEqualTo("EXPRESS");
    assertThat(p.stateMachines().get("third").logicalId()).isEqualTo("ThirdMachine");
    assertThat(p.outputs())
        .containsEntry("MyStateMachineArn", named.arn())
        .containsEntry("SecondDashoneStepFunctionsStateMachineArn", unnamed.arn());
  }

  @Test
  void refOfResourcesAndSubJoinAndPseudoParameters() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                machine:
                  definition:
                    StartAt: Put
                    States:
                      Put:
                        Type: Task
                        Resource: arn:aws:states:::dynamodb:putItem
                        Parameters:
                          TableName: {Ref: UsersTable}
                          Arn: !GetAtt UsersTable.Arn
                          Queue: !Ref Jobs
                          Topic: !Ref Alerts
                          Sub: !Sub "arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${Jobs.QueueName}"
                          SubList: !Sub ["${Prefix}-${AWS::StackName}", {Prefix: !Ref UsersTable}]
                          Joined: !Join [":", [a, !Ref AWS::Region, c]]
                          Pseudo: "#{AWS::Region}/#{AWS::AccountId}"
                          Literal: ${!NotSubstituted}
                        End: true
            resources:
              Resources:
                UsersTable:
                  Type: AWS::DynamoDB::Table
                  Properties:
                    TableName: ${self:service}-${sls:stage}-users
                Jobs:
                  Type: AWS::SQS::Queue
                  Properties: {QueueName: jobs}
                Alerts:
                  Type: AWS::SNS::Topic
                  Properties: {TopicName: !Sub "${AWS::StackName}-alerts"}
              Outputs:
                Table:
                  Value: !Ref UsersTable
            """);

    Map<String, Object> params =
        Json.asObject(
            Json.asObject(Json.asObject(definition(p, "machine").get("States")).get("Put"))
                .get("Parameters"));
    assertThat(params)
        .containsEntry("TableName", "hello-dev-users")
        .containsEntry("Arn", "arn:aws:dynamodb:us-east-1:123456789012:table/hello-dev-users")
        .containsEntry("Queue", "https://sqs.us-east-1.amazonaws.com/123456789012/jobs")
        .containsEntry("Topic", "arn:aws:sns:us-east-1:123456789012:hello-dev-alerts")
        .containsEntry("Sub", "arn:aws:sqs:us-east-1:123456789012:jobs")
        .containsEntry("SubList", "hello-dev-users-hello-dev")
        .containsEntry("Joined", "a:us-east-1:c")
        .containsEntry("Pseudo", "us-east-1/123456789012")
        .containsEntry("Literal", "${NotSubstituted}");
    assertThat(p.outputs()).containsEntry("Table", "hello-dev-users");
  }

  @Test
  void withoutIntrinsicsTheDefinitionIsLeftAsWrittenWithAWarning() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                machine:
                  definition:
                    StartAt: A
                    States:
                      A: {Type: Pass, Result: "${AWS::Region}", End: true}
            """);

    Map<String, Object> a =
        Json.asObject(Json.asObject(definition(p, "machine").get("States")).get("A"));
    assertThat(a.get("Result")).isEqualTo("${AWS::Region}");
    assertThat(p.warnings()).anyMatch(w -> w.contains("the plugin leaves it as written"));
  }

  @Test
  void anIntrinsicGivingWaitSecondsIsANumber() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                machine:
                  definition:
                    StartAt: W
                    States:
                      W: {Type: Wait, Seconds: {Fn::Select: [0, ["30"]]}, End: true}
            """);

    Map<String, Object> w =
        Json.asObject(Json.asObject(definition(p, "machine").get("States")).get("W"));
    assertThat(w.get("Seconds")).isInstanceOf(Number.class);
    assertThat(((Number) w.get("Seconds")).longValue()).isEqualTo(30L);
  }

  @Test
  void aDefinitionMayBeJsonText() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                machine:
                  definition: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}'
            """);

    assertThat(definition(p, "machine")).containsEntry("StartAt", "A");
  }

  @Test
  void httpAndScheduleEvents() {
    Project p =
        read(
            """
            stepFunctions:
              stateMachines:
                machine:
                  events:
                    - http: {path: /gofunction/, method: get}
                    - http: POST orders
                    - schedule: rate(10 minutes)
                    - schedule:
                        rate: cron(0 12 * * ? *)
                        enabled: false
                        input: {key1: value1, stageParams: {stage: dev}}
                  definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
            """);

    String arn = p.stateMachines().get("machine").arn();
    assertThat(p.httpTriggers())
        .containsExactly(
            new HttpTrigger("/gofunction", "GET", arn, "StartExecution"),
            new HttpTrigger("/orders", "POST", arn, "StartExecution"));
    List<ScheduleTrigger> schedules = p.scheduleTriggers();
    assertThat(schedules).hasSize(2);
    assertThat(schedules.get(0).expression().text()).isEqualTo("rate(10 minutes)");
    assertThat(schedules.get(0).enabled()).isTrue();
    assertThat(schedules.get(0).input()).isNull();
    assertThat(schedules.get(1).enabled()).isFalse();
    assertThat(Json.parse(schedules.get(1).input()))
        .isEqualTo(Map.of("key1", "value1", "stageParams", Map.of("stage", "dev")));
    assertThat(schedules.get(0).ruleName())
        .startsWith("hello-dev-MachineStepFunctionsEventsRuleSchedule1-");
  }

  @Test
  void anUnknownLogicalIdNamesWhereItWasWritten() {
    assertThatThrownBy(() ->
            read(
                """
                stepFunctions:
                  stateMachines:
                    machine:
                      definition:
                        StartAt: A
                        States:
                          A: {Type: Task, Resource: !GetAtt nope.Arn, End: true}
                """))
        .isInstanceOf(ServerlessException.class)
        .hasMessageStartingWith("serverless.yml:21:45: no resource has the logical id nope");
  }

  @Test
  void anUnknownSubVariableNamesItsColumn() {
    assertThatThrownBy(() ->
            read(
                """
                stepFunctions:
                  stateMachines:
                    machine:
                      definition:
                        StartAt: A
                        States:
                          A: {Type: Pass, Result: !Sub "x-${Nope}", End: true}
                """))
        .hasMessageStartingWith("serverless.yml:21:43: cannot resolve ${Nope} in Fn::Sub");
  }

  @Test
  void anInvalidScheduleNamesItsPosition() {
    assertThatThrownBy(() ->
            read(
                """
                stepFunctions:
                  stateMachines:
                    machine:
                      events:
                        - schedule: rate(1 minutes)
                      definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                """))
        .hasMessageStartingWith("serverless.yml:19:21: invalid schedule:");
  }

  @Test
  void aJavaFunctionNeedsAnArtifact() {
    assertThatThrownBy(() ->
            Projects.read(
                dir,
                """
                service: s
                provider: {runtime: java21}
                functions:
                  f: {handler: a.B}
                """))
        .hasMessage(
            "serverless.yml:4:6: function f needs package.artifact: a Java function's code is a"
                + " jar or a classes folder");
  }

  @Test
  void stageAndRegionComeFromTheOptions() {
    Project p =
        Projects.read(
            dir,
            "service: s\nprovider: {stage: dev, region: eu-west-1}\n",
            Projects.OPTIONS.withStage("prod"));

    assertThat(p.stage()).isEqualTo("prod");
    assertThat(p.region()).isEqualTo("eu-west-1");
    assertThat(p.stackName()).isEqualTo("s-prod");
  }
}
