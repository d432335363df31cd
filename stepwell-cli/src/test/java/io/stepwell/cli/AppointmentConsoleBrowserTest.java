package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The appointment example as a person runs it from the console of a real {@code stepwell serve}:
 * the booking started from the state machine's page, watched live on the graph, answered from the
 * console's SMS outbox, and a finished state's output and function logs read.
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

      // when the waiting state is clicked, and the SMS answered YES
      browser.clickState("SendSms");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/SendSms"));
      browser.find(".callback");
      assertThat(browser.text(".callback")).contains("Waiting for a callback");
      browser.screenshot("appointment-04-waiting-state");
      String executionUrl = browser.driver.getCurrentUrl();
      answerFromTheSmsOutbox(browser, executionUrl);

      // then the booking is confirmed
      browser.waitUntil(d -> browser.text("#execution-status").equals("SUCCEEDED"));
      browser.awaitState("RecordConfirmed");
      browser.awaitStatus("RecordConfirmed", "succeeded");
      assertThat(browser.status("RecordDeclined")).isEqualTo("not-reached");
      browser.screenshot("appointment-06-succeeded");

      // and the finished Validate state shows its output and its Java function's log lines
      browser.clickState("Validate");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/Validate"));
      assertThat(browser.text(".state-details .state-output pre")).contains("Reply YES to confirm");
      browser.waitUntil(
          d -> browser.text(".state-details .log-lines").contains("validating booking b-1001"));
      browser.js(
          "document.querySelector('.state-details .log-lines').scrollIntoView({block: 'end'})");
      browser.screenshot("appointment-07-validate-output-and-logs");

      assertThat(AppointmentExampleTest.booking(s.api, "dev", "b-1001").get("status"))
          .isEqualTo(Map.of("S", "CONFIRMED"));
    }
  }

  /**
   * Replies YES from the console's SMS outbox, as the phone would; the workflow's Interpret step
   * reads it at {@code $.reply.body}. (The waiting state's panel cannot send the task token itself:
   * sns:publish.waitForTaskToken here takes no {@code $$.Task.Token} parameter, so the console does
   * not know it.)
   */
  private static void answerFromTheSmsOutbox(ConsoleBrowser browser, String executionUrl) {
    browser.driver.get(executionUrl.substring(0, executionUrl.indexOf('#')) + "#/sms");
    WebElement waiting =
        browser.waitUntil(d ->
            d.findElements(By.cssSelector("#sms tbody tr")).stream()
                .filter(r -> r.getText().contains(PHONE) && r.getText().contains("WAITING"))
                .findFirst()
                .orElse(null));
    assertThat(waiting.getText()).contains("Reply YES to confirm");
    waiting.findElement(By.tagName("button")).click();
    browser.find("#sms-reply input[name='body']").sendKeys("YES");
    browser.screenshot("appointment-05-sms-reply");
    browser.find("#sms-reply button[type='submit']").click();
    browser.waitUntil(d -> browser.text(".page .good").contains("Reply sent as " + PHONE));
    browser.driver.get(executionUrl);
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
