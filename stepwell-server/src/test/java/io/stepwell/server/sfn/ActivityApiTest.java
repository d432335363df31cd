package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/** Activities with a worker polling on its own thread. */
class ActivityApiTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s =
        new SfnServer(
            new InMemoryStore(), new StepFunctionsApi().activityPoll(Duration.ofSeconds(2)));
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void workerTakesTheTaskAndAnswersIt() throws Exception {
    // given
    var activity = sfn.createActivity(b -> b.name("resize"));
    String definition =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\""
            + activity.activityArn()
            + "\",\"End\":true}}}";
    String sm = s.createStateMachine("images", definition);
    CompletableFuture<GetActivityTaskResponse> worker =
        CompletableFuture.supplyAsync(() -> {
          try (SfnClient client = s.client(false)) {
            GetActivityTaskResponse task;
            do {
              task =
                  client.getActivityTask(
                      b -> b.activityArn(activity.activityArn()).workerName("w1"));
            } while (task.taskToken() == null);
            String token = task.taskToken();
            client.sendTaskSuccess(b -> b.taskToken(token).output("{\"resized\":true}"));
            return task;
          }
        });

    // when
    String exec =
        sfn.startExecution(b -> b.stateMachineArn(sm).input("{\"image\":\"a.png\"}"))
            .executionArn();
    GetActivityTaskResponse task = worker.get(20, TimeUnit.SECONDS);
    s.awaitEnd(exec);

    // then
    assertThat(activity.activityArn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:activity:resize");
    assertThat(Json.parse(task.input())).isEqualTo(Map.of("image", "a.png"));
    var e = sfn.describeExecution(b -> b.executionArn(exec));
    assertThat(e.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(e.output())).isEqualTo(Map.of("resized", true));
    assertThat(sfn.getExecutionHistory(b -> b.executionArn(exec)).events())
        .anySatisfy(ev -> {
          assertThat(ev.typeAsString()).isEqualTo("ActivityStarted");
          assertThat(ev.activityStartedEventDetails().workerName()).isEqualTo("w1");
        });
  }

  @Test
  void pollWithNothingToDoAnswersAnEmptyTask() throws Exception {
    var activity = sfn.createActivity(b -> b.name("idle"));
    var raw =
        s.post(
            "AWSStepFunctions.GetActivityTask",
            "{\"activityArn\":\"" + activity.activityArn() + "\"}");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).isEqualTo("{}");
  }

  @Test
  void activitiesAreDescribedListedInPagesAndDeleted() {
    List<String> created = new ArrayList<>();
    for (String name : List.of("one", "two", "three")) {
      created.add(sfn.createActivity(b -> b.name(name)).activityArn());
    }
    var described = sfn.describeActivity(b -> b.activityArn(created.getFirst()));
    var page1 = sfn.listActivities(b -> b.maxResults(2));
    var page2 = sfn.listActivities(b -> b.maxResults(2).nextToken(page1.nextToken()));
    sfn.deleteActivity(b -> b.activityArn(created.getFirst()));

    assertThat(described.name()).isEqualTo("one");
    assertThat(described.creationDate()).isNotNull();
    assertThat(page1.activities()).hasSize(2);
    assertThat(page2.activities()).hasSize(1);
    assertThat(page2.nextToken()).isNull();
    assertAwsError(
        () -> sfn.describeActivity(b -> b.activityArn(created.getFirst())),
        "ActivityDoesNotExist",
        "Activity Does Not Exist: '" + created.getFirst() + "'");
    assertAwsError(() -> sfn.createActivity(b -> b.name("no spaces")), "InvalidName", null);
  }
}
