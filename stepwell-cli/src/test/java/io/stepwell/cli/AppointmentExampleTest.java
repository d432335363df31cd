package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario Stepwell is judged by, as a user runs it: {@code stepwell serve}, {@code stepwell
 * deploy examples/appointment}, a booking POSTed to its http event, the SMS in the outbox, a reply,
 * and the outcome in the bookings table. Timers run 10,000 times faster ({@code --time-scale}).
 */
class AppointmentExampleTest {
  static final Path EXAMPLE = Path.of("..", "examples", "appointment").toAbsolutePath().normalize();
  static final Path JAR = EXAMPLE.resolve("functions-java/target/appointment-functions.jar");

  @TempDir Path data;

  @BeforeAll
  static void exampleIsBuilt() {
    // the reactor builds examples/appointment/functions-java before this module
    Assumptions.assumeTrue(
        Files.exists(JAR) || !"true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS")),
        "the Java functions jar is built by the reactor: " + JAR);
    assertThat(JAR).exists();
  }

  private static Map<String, Object> postJson(String url, String body) throws Exception {
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Json.asObject(Json.parse(res.body()));
  }

  static Map<String, Object> awaitEnd(ApiClient api, String arn) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      Map<String, Object> d = api.call("DescribeExecution", Map.of("executionArn", arn));
      if (!"RUNNING".equals(d.get("status"))) {
        return d;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("still running: " + arn);
  }

  static Map<String, Object> awaitSms(ApiClient api, String to) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      for (Object o : (List<?>) api.get("sms/messages").get("messages")) {
        Map<String, Object> m = Json.asObject(o);
        if (to.equals(m.get("to")) && "WAITING".equals(m.get("status"))) {
          return m;
        }
      }
      Thread.sleep(25);
    }
    throw new AssertionError("no SMS waits for a reply from " + to);
  }

  static Map<String, Object> booking(ApiClient api, String stage, String id) {
    Map<String, Object> item =
        api.callService(
            "DynamoDB_20120810.GetItem",
            Map.of(
                "TableName",
                "appointment-" + stage + "-bookings",
                "Key",
                Map.of("bookingId", Map.of("S", id))));
    return Json.asObject(item.get("Item"));
  }

  @Test
  void javaFunctionsBookingConfirmedByYes() throws Exception {
    try (ServerProcess server =
        ServerProcess.start("--data", data.toString(), "--time-scale", "10000")) {
      // given
      Cli deployed =
          Cli.run(
              "deploy", EXAMPLE.toString(), "--param", "fn=Java", "--endpoint", server.endpoint());
      assertThat(deployed.exitCode()).as(deployed.err()).isZero();
      assertThat(deployed.out()).contains("POST /dev/bookings");
      ApiClient api = new ApiClient(server.endpoint());

      // when
      Map<String, Object> started =
          postJson(
              server.endpoint() + "/dev/bookings",
              Files.readString(EXAMPLE.resolve("events/booking.json")));
      String arn = (String) started.get("executionArn");
      Map<String, Object> sms = awaitSms(api, "+15551230001");
      Cli replied =
          Cli.run(
              "sms",
              "reply",
              "--to",
              "+15551230001",
              "--body",
              "Yes please",
              "--endpoint",
              server.endpoint());

      // then
      assertThat(sms.get("body")).asString().contains("Reply YES to confirm");
      assertThat(replied.exitCode()).as(replied.err()).isZero();
      Map<String, Object> done = awaitEnd(api, arn);
      assertThat(done.get("status")).as(String.valueOf(done)).isEqualTo("SUCCEEDED");
      Map<String, Object> item = booking(api, "dev", "b-1001");
      assertThat(item.get("status")).isEqualTo(Map.of("S", "CONFIRMED"));
      assertThat(item.get("reply")).isEqualTo(Map.of("S", "Yes please"));
    }
  }
}
