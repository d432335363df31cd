package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StoredEvent;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-sent-events stream of an execution's history. */
class HistoryStreamTest {
  private ConsoleFixture fixture;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    fixture = new ConsoleFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private HttpResponse<InputStream> stream(String executionArn, long after) throws Exception {
    String path =
        "/console/api/executions/"
            + URLEncoder.encode(executionArn, StandardCharsets.UTF_8)
            + "/events?after="
            + after;
    return http.send(
        HttpRequest.newBuilder(URI.create(fixture.url() + path)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Reads SSE events until {@code end}: each as [name, data]. */
  private static List<String[]> readUntilEnd(InputStream in) throws Exception {
    List<String[]> events = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String name = null;
    StringBuilder data = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("event:")) {
        name = line.substring(6).trim();
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).trim());
      } else if (line.isEmpty() && name != null) {
        events.add(new String[] {name, data.toString()});
        if (name.equals("end")) {
          return events;
        }
        name = null;
        data.setLength(0);
      }
    }
    return events;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> historyEvents(List<String[]> sse) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String[] e : sse) {
      if (e[0].equals("history")) {
        for (Object event : (List<Object>) Json.parse(e[1])) {
          out.add((Map<String, Object>) event);
        }
      }
    }
    return out;
  }

  @Test
  void streamSendsStoredEventsThenLiveOnesThenEnds() throws Exception {
    // given an execution waiting for its task token
    String machine = fixture.createAppointmentMachine("appointment");
    ExecutionRecord execution =
        fixture.engine.startExecution(machine, "e1", "{\"phone\":\"+15550100\"}");
    String token = awaitTaskToken(execution.arn());

    // when the console follows it, and the token is answered
    HttpResponse<InputStream> response = stream(execution.arn(), 0);
    fixture.engine.sendTaskSuccess(token, "{\"answer\":\"YES\"}");
    List<Map<String, Object>> events = historyEvents(readUntilEnd(response.body()));

    // then every event came once, in order, shaped as GetExecutionHistory shapes it
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    assertThat(events).extracting(e -> ((Number) e.get("id")).longValue()).isSorted();
    assertThat(events.stream().map(e -> e.get("id")).distinct().count()).isEqualTo(events.size());
    assertThat(events.get(0)).containsEntry("type", "ExecutionStarted");
    assertThat(events.getLast()).containsEntry("type", "ExecutionSucceeded");
    Map<String, Object> entered =
        events.stream().filter(e -> "TaskStateEntered".equals(e.get("type"))).findFirst().get();
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) entered.get("stateEnteredEventDetails");
    assertThat(details).containsEntry("name", "Check availability");
    assertThat(details.get("input")).isEqualTo("{\"phone\":\"+15550100\"}");
    List<StoredEvent> stored = fixture.engine.history(execution.arn(), 0, 1000, false);
    assertThat(events).hasSameSizeAs(stored);
  }

  @Test
  void streamStartsAfterTheEventTheBrowserAlreadyHas() throws Exception {
    // given a finished execution
    String machine =
        fixture
            .engine
            .createStateMachine(
                "hello",
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                "STANDARD",
                ConsoleFixture.ROLE)
            .arn();
    ExecutionRecord execution = fixture.engine.startExecution(machine, "e1", "{}");
    fixture.engine.awaitExecution(execution.arn(), Duration.ofSeconds(10));

    // when
    List<Map<String, Object>> events =
        historyEvents(readUntilEnd(stream(execution.arn(), 2).body()));

    // then
    assertThat(events).extracting(e -> e.get("type")).first().isEqualTo("PassStateExited");
    assertThat(events).extracting(e -> ((Number) e.get("id")).longValue()).first().isEqualTo(3L);
  }

  @Test
  void unknownExecutionIsNotFound() throws Exception {
    HttpResponse<InputStream> response =
        stream("arn:aws:states:us-east-1:123456789012:execution:nope:nope", 0);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
        .contains("ExecutionDoesNotExist");
  }

  /** The task token of the waiting state, read from its TaskScheduled event's parameters. */
  @SuppressWarnings("unchecked")
  private String awaitTaskToken(String executionArn) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (StoredEvent e : fixture.engine.history(executionArn, 0, 1000, false)) {
        if (e.type().equals("TaskScheduled") && e.details().contains("taskToken")) {
          Map<String, Object> details = (Map<String, Object>) Json.parse(e.details());
          Map<String, Object> parameters = (Map<String, Object>) details.get("parameters");
          return (String) ((Map<String, Object>) parameters.get("Payload")).get("taskToken");
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no task token was scheduled");
  }
}
