package io.stepwell.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.InMemoryStore;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.java.JavaRuntime;
import io.stepwell.serverless.DeployReport.Action;
import io.stepwell.serverless.DeployReport.Kind;
import io.stepwell.serverless.schedule.ScheduleRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project deployed onto an engine with an in-memory store, and run. */
class DeployerTest {
  @TempDir Path dir;

  private FunctionHost host;
  private Engine engine;
  private Path project;

  @BeforeEach
  void setUp() {
    project = HelloExample.build(dir);
    host = new FunctionHost("us-east-1", "123456789012", List.of(new JavaRuntime()));
    ScheduleRunner schedules = new ScheduleRunner();
    engine =
        Engine.builder(new InMemoryStore())
            .functions(host)
            .tasks(ScheduleRunner.RESOURCE_PREFIX, schedules)
            .build();
    schedules.bind(engine);
  }

  @AfterEach
  void tearDown() {
    engine.close();
    host.close();
  }

  private DeployReport deploy(DeployOptions options) {
    return Deployer.deploy(ProjectReader.read(project, options), engine, host, options);
  }

  @Test
  void theExampleDeploysAndRunsItsJavaFunctionEndToEnd() throws Exception {
    // given
    DeployOptions options = Projects.OPTIONS.withEnvironment(Map.of("GREETING", "Howdy"));

    // when
    DeployReport report = deploy(options);
    ExecutionRecord started =
        engine.startExecution(
            "arn:aws:states:us-east-1:123456789012:stateMachine:hello-dev",
            "e1",
            "{\"name\":\"Ada\"}");
    ExecutionRecord done = engine.awaitExecution(started.arn(), Duration.ofSeconds(30));

    // then
    assertThat(report.changes(Kind.FUNCTION))
        .extracting(DeployReport.Change::name, DeployReport.Change::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hello-dev-greet", Action.CREATED));
    assertThat(report.changes(Kind.STATE_MACHINE))
        .extracting(DeployReport.Change::arn, DeployReport.Change::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "arn:aws:states:us-east-1:123456789012:stateMachine:hello-dev", Action.CREATED));
    assertThat(report.http())
        .containsExactly(
            new HttpTrigger(
                "/hello",
                "POST",
                "arn:aws:states:us-east-1:123456789012:stateMachine:hello-dev",
                "StartExecution"));
    assertThat(report.schedules()).hasSize(1);
    assertThat(host.config("hello-dev-greet").orElseThrow().timeout())
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(host.config("hello-dev-greet").orElseThrow().memoryMb()).isEqualTo(512);
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(done.output())).isEqualTo(Map.of("greeting", "Howdy, Ada!"));
  }

  @Test
  void deployingTwiceChangesNothing() {
    // given
    deploy(Projects.OPTIONS);

    // when
    DeployReport again = deploy(Projects.OPTIONS);

    // then
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.changes())
        .extracting(DeployReport.Change::action)
        .containsOnly(Action.UNCHANGED);
    assertThat(
            engine
                .stateMachine("arn:aws:states:us-east-1:123456789012:stateMachine:hello-dev")
                .revision())
        .isEqualTo(1);
  }

  @Test
  void aChangedDefinitionMakesANewRevisionAndAChangedFunctionIsReRegistered() throws Exception {
    // given
    deploy(Projects.OPTIONS);
    Path yml = project.resolve("serverless.yml");
    Files.writeString(
        yml,
        Files.readString(yml)
            .replace("Comment: Greets whoever the input names", "Comment: Greets again")
            .replace("timeout: 10", "timeout: 20"));

    // when
    DeployReport changed = deploy(Projects.OPTIONS);

    // then
    assertThat(changed.changes(Kind.STATE_MACHINE))
        .extracting(DeployReport.Change::action, DeployReport.Change::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.UPDATED, "revision 2"));
    assertThat(changed.changes(Kind.FUNCTION))
        .extracting(DeployReport.Change::action)
        .containsExactly(Action.UPDATED);
    assertThat(changed.changes(Kind.SCHEDULE))
        .extracting(DeployReport.Change::action)
        .containsExactly(Action.UNCHANGED);
    assertThat(host.config("hello-dev-greet").orElseThrow().timeout())
        .isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void anotherStageIsAnotherSetOfResources() {
    deploy(Projects.OPTIONS);

    DeployReport prod = deploy(Projects.OPTIONS.withStage("prod"));

    assertThat(prod.changes(Kind.FUNCTION))
        .extracting(DeployReport.Change::name, DeployReport.Change::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hello-prod-greet", Action.CREATED));
    assertThat(engine.listStateMachines())
        .extracting(s -> s.name())
        .contains("hello-dev", "hello-prod");
  }

  @Test
  void aRegionOtherThanTheEnginesIsRefused() {
    assertThatThrownBy(() -> deploy(Projects.OPTIONS.withRegion("eu-west-1")))
        .isInstanceOf(ServerlessException.class)
        .hasMessageContaining("the project resolves to region eu-west-1");
  }

  @Test
  void otherRuntimesAreKeptButNotRunYet() throws Exception {
    // given
    Files.writeString(
        dir.resolve("serverless.yml"),
        """
        service: node
        provider: {runtime: nodejs20.x}
        functions:
          hello: {handler: handler.hello}
        """);

    // when
    DeployReport report =
        Deployer.deploy(ProjectReader.read(dir, Projects.OPTIONS), engine, host, Projects.OPTIONS);

    // then
    assertThat(report.changes(Kind.FUNCTION))
        .extracting(DeployReport.Change::name, DeployReport.Change::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("node-dev-hello", Action.NOT_RUNNABLE));
    assertThat(host.config("node-dev-hello")).isEmpty();
  }

  @Test
  void aFunctionWhoseInterpreterIsMissingIsNotRunnableAndTheRestDeploys() throws Exception {
    // given: a host that runs Node.js functions, on a machine where its node cannot be started
    Files.writeString(
        dir.resolve("serverless.yml"),
        """
        service: node
        provider: {runtime: nodejs20.x}
        functions:
          hello: {handler: handler.hello}
        stepFunctions:
          stateMachines:
            flow:
              definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
        """);
    try (io.stepwell.functions.FunctionHost nodeHost =
        new io.stepwell.functions.FunctionHost(
            engine.region(),
            engine.account(),
            java.util.List.of(
                io.stepwell.functions.process.ProcessRuntime.builder()
                    .node("/nonexistent/node")
                    .build()))) {

      // when
      DeployReport report =
          Deployer.deploy(
              ProjectReader.read(dir, Projects.OPTIONS), engine, nodeHost, Projects.OPTIONS);

      // then
      assertThat(report.changes(Kind.FUNCTION))
          .singleElement()
          .satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.NOT_RUNNABLE);
            assertThat(c.detail()).contains("/nonexistent/node");
          });
      assertThat(report.changes(Kind.STATE_MACHINE))
          .extracting(DeployReport.Change::action)
          .containsExactly(Action.CREATED);
    }
  }

  @Test
  void anInvalidDefinitionNamesTheStateMachinesPosition() throws Exception {
    Files.writeString(
        dir.resolve("serverless.yml"),
        """
        service: bad
        stepFunctions:
          stateMachines:
            broken:
              definition: {StartAt: Missing, States: {A: {Type: Pass, End: true}}}
        """);

    assertThatThrownBy(() ->
            Deployer.deploy(
                ProjectReader.read(dir, Projects.OPTIONS), engine, host, Projects.OPTIONS))
        .isInstanceOf(ServerlessException.class)
        .hasMessageStartingWith("serverless.yml:5:7: state machine broken: InvalidDefinition:");
  }
}
