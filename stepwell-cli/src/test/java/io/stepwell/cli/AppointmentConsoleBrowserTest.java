package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appointment example as a person runs it from the console of a real {@code stepwell serve}:
 * the booking started from the state machine's page, watched live on the graph, answered from the
 * waiting SMS state, and a finished state's output and function logs read.
 */
class AppointmentConsoleBrowserTest {
  private static final String PHONE = "+15551230001";

  @TempDir Path data;

  @Test
  void bookingStartedFromTheConsoleIsWatchedAnsweredAndConfirmed() throws Exception {
    AppointmentExampleTest.exampleIsBuilt();
    try (ConsoleBrowser browser = ConsoleBrowser.start();
        AppointmentExampleTest.Scenario s =
            new AppointmentExampleTest.Scenario(
                ServerProcess.start("--data", data.toString()), "Java")) {
      // given the state machine's page, opened from the console's root
      String machine = machineArn(s.api, "appointment-dev");
      browser.driver.get(s.server.endpoint() + "/");
      browser.find("sw-app");
      browser.driver.get(s.server.endpoint() + "/#/state-machines/" + machine);
      browser.awaitState("SendSms");
      browser.screenshot("appointment-01-state-machine");

      // when the booking is typed into the start dialog's input editor and started
      browser.find("#start-execution").click();
      browser.waitUntil(
          d -> browser.js("return document.querySelector('#execution-input').editor ? 1 : null"));
      String booking =
          Files.readString(AppointmentExampleTest.EXAMPLE.resolve("events/booking.json"));
      browser.js(
          "document.querySelector('#execution-input').editor.setValue(arguments[0]);", booking);
      browser.waitUntil(d -> browser.text("#input-check").contains("Valid JSON"));
      browser.screenshot("appointment-02-start-execution");
      browser.find("#start").click();

      // then the graph shows the booking recorded and the SMS waiting for its reply
      browser.waitUntil(d -> d.getCurrentUrl().contains("#/executions/"));
      browser.awaitState("SendSms");
      browser.awaitStatus("Validate", "succeeded");
      browser.awaitStatus("RecordBooking", "succeeded");
      browser.awaitStatus("SendSms", "in-progress");
      assertThat(browser.status("Interpret")).isEqualTo("not-reached");
      browser.screenshot("appointment-03-waiting-for-reply");

      // when the waiting state is clicked, and answered YES
      browser.clickState("SendSms");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/SendSms"));
      browser.find(".callback");
      browser.screenshot("appointment-04-waiting-state");
      answer(browser, s);

      // then the booking is confirmed
      browser.waitUntil(d -> browser.text("#execution-status").equals("SUCCEEDED"));
      browser.awaitStatus("RecordConfirmed", "succeeded");
      assertThat(browser.status("RecordDeclined")).isEqualTo("not-reached");
      browser.screenshot("appointment-05-succeeded");

      // and the finished Validate state shows its output and its Java function's log lines
      browser.clickState("Validate");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/Validate"));
      assertThat(browser.text(".state-details .state-output pre")).contains("Reply YES to confirm");
      browser.waitUntil(
          d -> browser.text(".state-details .log-lines").contains("validating booking b-1001"));
      browser.js(
          "document.querySelector('.state-details .log-lines').scrollIntoView({block: 'end'})");
      browser.screenshot("appointment-06-validate-output-and-logs");

      assertThat(AppointmentExampleTest.booking(s.api, "dev", "b-1001").get("status"))
          .isEqualTo(Map.of("S", "CONFIRMED"));
    }
  }

  /** The SMS reply the workflow's Interpret step reads at {@code $.reply.body}. */
  private static void answer(ConsoleBrowser browser, AppointmentExampleTest.Scenario s)
      throws InterruptedException {
    assertThat(AppointmentExampleTest.awaitSms(s.api, PHONE).get("body"))
        .asString()
        .contains("Reply YES to confirm");
    s.reply(PHONE, "YES");
  }

  private static String machineArn(ApiClient api, String name) {
    for (Object o : (List<?>) api.call("ListStateMachines", Map.of()).get("stateMachines")) {
      Map<String, Object> m = Json.asObject(o);
      if (name.equals(m.get("name"))) {
        return (String) m.get("stateMachineArn");
      }
    }
    throw new AssertionError("not deployed: " + name);
  }
}
