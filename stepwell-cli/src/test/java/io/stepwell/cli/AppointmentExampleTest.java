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

  /** A server with the example deployed (Java or JavaScript functions), and a booking to make. */
  static final class Scenario implements AutoCloseable {
    final ServerProcess server;
    final ApiClient api;

    Scenario(Path data, String fn) throws Exception {
      this(ServerProcess.start("--data", data.toString(), "--time-scale", "10000"), fn);
    }

    Scenario(ServerProcess server, String fn) {
      this.server = server;
      this.api = new ApiClient(server.endpoint());
      if (fn != null) {
        Cli deployed =
            Cli.run(
                "deploy",
                EXAMPLE.toString(),
                "--param",
                "fn=" + fn,
                "--endpoint",
                server.endpoint());
        assertThat(deployed.exitCode()).as(deployed.err()).isZero();
        assertThat(deployed.out()).contains("POST /dev/bookings");
      }
    }

    String book(String id, String phone) throws Exception {
      Map<String, Object> booking =
          Json.asObject(Json.parse(Files.readString(EXAMPLE.resolve("events/booking.json"))));
      booking = new java.util.LinkedHashMap<>(booking);
      booking.put("bookingId", id);
      booking.put("phone", phone);
      return (String)
          postJson(server.endpoint() + "/dev/bookings", Json.write(booking)).get("executionArn");
    }

    void reply(String phone, String body) {
      Cli replied =
          Cli.run("sms", "reply", "--to", phone, "--body", body, "--endpoint", server.endpoint());
      assertThat(replied.exitCode()).as(replied.err()).isZero();
    }

    /** Ends with the execution's status and the booking's status in the table. */
    void expect(String arn, String status, String id, String bookingStatus) throws Exception {
      Map<String, Object> done = awaitEnd(api, arn);
      assertThat(done.get("status")).as(String.valueOf(done)).isEqualTo(status);
      assertThat(booking(api, "dev", id).get("status")).isEqualTo(Map.of("S", bookingStatus));
    }

    @Override
    public void close() {
      server.close();
    }
  }

  @Test
  void javaFunctionsBookingConfirmedByYes() throws Exception {
    try (Scenario s = new Scenario(data, "Java")) {
      // when
      String arn = s.book("b-1001", "+15551230001");
      Map<String, Object> sms = awaitSms(s.api, "+15551230001");
      s.reply("+15551230001", "Yes please");

      // then
      assertThat(sms.get("body")).asString().contains("Reply YES to confirm");
      s.expect(arn, "SUCCEEDED", "b-1001", "CONFIRMED");
      assertThat(booking(s.api, "dev", "b-1001").get("reply")).isEqualTo(Map.of("S", "Yes please"));
      Cli logs = Cli.run("executions", "logs", arn, "--endpoint", s.server.endpoint());
      assertThat(logs.out())
          .contains("== Validate (appointment-dev-validateJava)")
          .contains("validating booking b-1001 for +15551230001")
          .contains("== Interpret (appointment-dev-interpretJava)")
          .contains("reply 'YES PLEASE' means CONFIRMED");
    }
  }

  @Test
  void javaFunctionsBookingDeclinedByNo() throws Exception {
    try (Scenario s = new Scenario(data, "Java")) {
      String arn = s.book("b-2", "+15551230002");
      awaitSms(s.api, "+15551230002");
      s.reply("+15551230002", "no");
      s.expect(arn, "SUCCEEDED", "b-2", "DECLINED");
    }
  }

  @Test
  void noReplyBeforeTheTimeoutIsUnanswered() throws Exception {
    // 4 hours of waiting pass in about 1.5 s at --time-scale 10000
    try (Scenario s = new Scenario(data, "Java")) {
      String arn = s.book("b-3", "+15551230003");
      s.expect(arn, "SUCCEEDED", "b-3", "UNANSWERED");
      assertThat(historyTypes(s.api, arn)).contains("TaskTimedOut");
    }
  }

  @Test
  void smsProviderFailingTwiceIsRetriedThenTheBookingGoesOn() throws Exception {
    try (Scenario s = new Scenario(data, "Java")) {
      Cli failing = Cli.run("sms", "fail-next", "2", "--endpoint", s.server.endpoint());
      assertThat(failing.exitCode()).as(failing.err()).isZero();

      String arn = s.book("b-4", "+15551230004");
      awaitSms(s.api, "+15551230004");
      s.reply("+15551230004", "YES");

      s.expect(arn, "SUCCEEDED", "b-4", "CONFIRMED");
      assertThat(historyTypes(s.api, arn).stream().filter("TaskFailed"::equals).count())
          .isEqualTo(2);
    }
  }

  @Test
  void functionThatThrowsIsCaughtAndTheBookingRecordedFailed() throws Exception {
    try (Scenario s = new Scenario(data, "Java")) {
      String arn = s.book("b-5", "not-a-phone");
      s.expect(arn, "FAILED", "b-5", "FAILED");
      Map<String, Object> done = s.api.call("DescribeExecution", Map.of("executionArn", arn));
      assertThat(done.get("error")).isEqualTo("BookingFailed");
      assertThat(booking(s.api, "dev", "b-5").get("failure"))
          .isEqualTo(Map.of("S", "io.stepwell.examples.appointment.InvalidBooking"));
    }
  }

  @Test
  void bookingWaitingForItsReplySurvivesARestart() throws Exception {
    String arn;
    try (Scenario s = new Scenario(ServerProcess.start("--data", data.toString()), "Java")) {
      arn = s.book("b-6", "+15551230006");
      awaitSms(s.api, "+15551230006");
      s.server.kill();
    }
    // the restarted server redeploys the project (functions, http event) from its data folder
    try (Scenario s = new Scenario(ServerProcess.start("--data", data.toString()), null)) {
      assertThat(s.api.call("DescribeExecution", Map.of("executionArn", arn)).get("status"))
          .isEqualTo("RUNNING");
      s.reply("+15551230006", "yes");
      s.expect(arn, "SUCCEEDED", "b-6", "CONFIRMED");
      assertThat(
              ((List<?>) s.api.get("sms/messages").get("messages"))
                  .stream()
                      .filter(m -> "+15551230006".equals(Json.asObject(m).get("to")))
                      .filter(m -> "OUTBOUND".equals(Json.asObject(m).get("direction")))
                      .count())
          .as("the SMS is sent once, not again after the restart")
          .isEqualTo(1);
      // the function log lines of before the restart are kept in the store
      Cli logs = Cli.run("executions", "logs", arn, "--endpoint", s.server.endpoint());
      assertThat(logs.out())
          .contains("== Validate (appointment-dev-validateJava)")
          .contains("validating booking b-6 for +15551230006")
          .contains("reply 'YES' means CONFIRMED");
    }
  }

  static void assumeNode() {
    boolean node;
    try {
      node = new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      node = false;
    }
    if (!node && "true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      throw new AssertionError("node is not on PATH (STEPWELL_REQUIRE_TOOLS=true)");
    }
    Assumptions.assumeTrue(node, "node is not on PATH: the JavaScript functions cannot run");
  }

  @Test
  void javaScriptFunctionsBookingConfirmedByYes() throws Exception {
    assumeNode();
    try (Scenario s = new Scenario(data, "Js")) {
      String arn = s.book("b-7", "+15551230007");
      Map<String, Object> sms = awaitSms(s.api, "+15551230007");
      s.reply("+15551230007", "YES");

      assertThat(sms.get("body")).asString().contains("Reply YES to confirm");
      s.expect(arn, "SUCCEEDED", "b-7", "CONFIRMED");
    }
  }

  @Test
  void javaScriptFunctionsDeclinedAndThrowing() throws Exception {
    assumeNode();
    try (Scenario s = new Scenario(data, "Js")) {
      String declined = s.book("b-8", "+15551230008");
      String broken = s.book("b-9", "0800-not-e164");
      awaitSms(s.api, "+15551230008");
      s.reply("+15551230008", "No, sorry");

      s.expect(declined, "SUCCEEDED", "b-8", "DECLINED");
      s.expect(broken, "FAILED", "b-9", "FAILED");
      assertThat(booking(s.api, "dev", "b-9").get("failure"))
          .isEqualTo(Map.of("S", "InvalidBooking"));
    }
  }

  static List<String> historyTypes(ApiClient api, String arn) {
    List<String> types = new java.util.ArrayList<>();
    for (Object e :
        (List<?>)
            api.call("GetExecutionHistory", Map.of("executionArn", arn, "maxResults", 1000))
                .get("events")) {
      types.add((String) Json.asObject(e).get("type"));
    }
    return types;
  }
}
