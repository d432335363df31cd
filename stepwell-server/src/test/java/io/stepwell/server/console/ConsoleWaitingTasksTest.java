package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /console/api/executions/{executionArn}/waiting-tasks} over plain HTTP. */
class ConsoleWaitingTasksTest {
  private final ConsoleFixture fixture = new ConsoleFixture();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void waitingTaskOfAnExecutionIsListedWithItsToken() throws Exception {
    // given an execution waiting on sns:publish.waitForTaskToken, and another one
    String sm = fixture.createSmsMachine("sms");
    String arn = fixture.engine.startExecution(sm, "s1", "{\"phone\":\"+15550100\"}").arn();
    fixture.engine.startExecution(sm, "s2", "{\"phone\":\"+15550101\"}");

    // when
    List<Map<String, Object>> tasks = awaitTasks(arn);

    // then only its own task, with a token the engine accepts
    assertThat(tasks).hasSize(1);
    Map<String, Object> task = tasks.get(0);
    assertThat(task.get("resource")).isEqualTo("arn:aws:states:::sns:publish.waitForTaskToken");
    assertThat(task).containsKey("taskId");
    String token = (String) task.get("token");
    assertThat(token).isNotBlank();
    fixture.engine.sendTaskSuccess(token, "{\"answer\":\"YES\"}");
    assertThat(awaitStatus(arn)).isEqualTo("SUCCEEDED");
    assertThat(tasks(arn)).isEmpty();
  }

  @Test
  void unknownExecutionHasNoWaitingTasks() throws Exception {
    // when
    HttpResponse<String> res = get("arn:aws:states:us-east-1:123456789012:execution:nothing:here");

    // then an empty list, not an error
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(Json.parse(res.body())).isEqualTo(Map.of("tasks", List.of()));
  }

  private List<Map<String, Object>> awaitTasks(String arn) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    List<Map<String, Object>> tasks = tasks(arn);
    while (tasks.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      tasks = tasks(arn);
    }
    return tasks;
  }

  private String awaitStatus(String arn) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    String status = fixture.engine.describeExecution(arn).status();
    while ("RUNNING".equals(status) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      status = fixture.engine.describeExecution(arn).status();
    }
    return status;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasks(String arn) throws IOException, InterruptedException {
    HttpResponse<String> res = get(arn);
    assertThat(res.statusCode()).isEqualTo(200);
    return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(res.body())).get("tasks");
  }

  private HttpResponse<String> get(String arn) throws IOException, InterruptedException {
    URI uri =
        URI.create(
            fixture.url()
                + "/console/api/executions/"
                + URLEncoder.encode(arn, StandardCharsets.UTF_8)
                + "/waiting-tasks");
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
