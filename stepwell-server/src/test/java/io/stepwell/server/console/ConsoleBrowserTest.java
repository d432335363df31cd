package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser, as a person uses it, on the appointment example: the graph of a
 * state machine, an execution started from the console and watched live, the task token sent from
 * the waiting state, a finished state's output, and the visual editor.
 */
class ConsoleBrowserTest {
  private ConsoleFixture fixture;
  private Browser browser;
  private String machine;

  @BeforeEach
  void start() {
    browser = Browser.start();
    fixture = new ConsoleFixture();
    machine = fixture.createAppointmentMachine("appointment");
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private void open(String hash) {
    browser.driver.get(fixture.url() + "/" + hash);
  }

  private WebElement find(String css) {
    return browser.waitUntil(
        d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  private String text(String css) {
    return find(css).getText();
  }

  @Test
  void stateMachinePageDrawsTheDefinitionLikeAws() {
    // given
    open("#/state-machines");
    find("#state-machines a");
    browser.screenshot("01-state-machines");

    // when
    browser.driver.findElement(By.linkText("appointment")).click();
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Ask patient");

    // then: Parallel branches nest in the Parallel's box; Choice, Default and Catch edges say why
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/state-machines/" + machine);
    assertThat(graph.parentOf("Hold slot")).isEqualTo("Prepare#branch0");
    assertThat(graph.parentOf("Prepare#branch0")).isEqualTo("Prepare");
    assertThat(graph.edgeLabels("Any slot?"))
        .containsExactlyInAnyOrder("$.availability.slots[0] is present", "Default");
    assertThat(graph.edgeLabels("Ask patient")).contains("Catch: States.ALL");
    assertThat(
            browser.js(
                "return document.querySelector('sw-state-graph').cy"
                    + ".getElementById('Check availability').data('label')"))
        .asString()
        .contains("Retry ×1");
    assertThat(text("#revision")).isNotBlank();
    browser.screenshot("02-state-machine");
  }

  @Test
  void executionStartedFromTheConsoleIsWatchedLiveAndAnsweredWithItsTaskToken() {
    // given the state machine's page
    open("#/state-machines/" + machine);
    find("#start-execution").click();
    find("#execution-input sw-code-editor, #execution-input");
    browser.waitUntil(
        d -> browser.js("return document.querySelector('#execution-input').editor ? 1 : null"));

    // when the input is not JSON, it says so as one types and will not start
    setInput("{\"phone\": ");
    browser.waitUntil(d -> text("#input-check").startsWith("✗"));
    assertThat(find("#start").isEnabled()).isFalse();
    setInput("{\"phone\": \"+15550100\"}");
    browser.waitUntil(d -> text("#input-check").contains("Valid JSON"));
    browser.screenshot("03-start-execution");
    find("#start").click();

    // then the execution's page colours the states as they complete, live
    browser.waitUntil(d -> d.getCurrentUrl().contains("#/executions/"));
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Ask patient");
    graph.awaitStatus("Check availability", "succeeded");
    graph.awaitStatus("Hold slot", "succeeded");
    graph.awaitStatus("Ask patient", "in-progress");
    assertThat(graph.status("Confirm")).isEqualTo("not-reached");
    assertThat(graph.status("No slot")).isEqualTo("not-reached");
    browser.screenshot("04-execution-waiting");

    // when the waiting state is clicked, its task token is there to answer
    graph.click("Ask patient");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/Ask%20patient"));
    String token = text("#task-token");
    assertThat(token).isNotBlank();
    browser.screenshot("05-waiting-state-token");
    WebElement output = find("#callback-output");
    output.clear();
    output.sendKeys("{\"answer\": \"YES\"}");
    find("#send-success").click();

    // then the rest runs, and the graph shows it
    graph.awaitStatus("Confirm", "succeeded");
    browser.waitUntil(d -> text("#execution-status").equals("SUCCEEDED"));
    assertThat(graph.status("Ask patient")).isEqualTo("succeeded");
    assertThat(graph.status("Declined")).isEqualTo("not-reached");

    // when a finished state is clicked, its output and its function's log lines are shown
    graph.click("Check availability");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/Check%20availability"));
    String stateOutput = text(".state-details .state-output pre");
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) Json.parse(stateOutput);
    assertThat(parsed).containsKey("availability");
    assertThat(Json.write(parsed.get("availability"))).contains("2030-01-07T09:00");
    assertThat(text(".state-details .state-parameters pre")).contains("check-availability");
    browser.waitUntil(
        d -> text(".state-details .log-lines").contains("checking slots for +15550100"));
    browser.js(
        "document.querySelector('.state-details .log-lines').scrollIntoView({block: 'end'})");
    browser.screenshot("06-finished-state-output");

    // and the event table can be searched
    WebElement search = find("#event-search");
    search.sendKeys("TaskSucceeded");
    browser.waitUntil(d -> text("#event-count").startsWith("2 of"));
    browser.js("document.querySelector('sw-event-table').scrollIntoView()");
    browser.screenshot("07-execution-events");
  }

  private void setInput(String text) {
    browser.js("document.querySelector('#execution-input').editor.setValue(arguments[0]);", text);
  }

  @Test
  void visualEditorAddsAStateAndSavesANewRevision() {
    // given the editor, opened from the state machine's page, with "Confirm" selected
    open("#/state-machines/" + machine);
    new GraphOnPage(browser, "sw-state-graph").awaitState("Confirm");
    String revisionBefore = text("#revision");
    find("#edit").click();
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Confirm");
    graph.click("Confirm");
    find("sw-state-form[data-state='Confirm'], .state-form[data-state='Confirm']");

    // when a Wait state is added from the palette after it, and given a comment in its form
    find(".palette-item[data-item='wait']").click();
    graph.awaitState("Wait");
    WebElement seconds = find("#field-Seconds");
    seconds.clear();
    seconds.sendKeys("3");
    WebElement comment = find("#field-Comment");
    comment.sendKeys("Give the patient a moment");
    find("#field-name").click(); // leaving the field applies it
    browser.waitUntil(d -> editorText().contains("Give the patient a moment"));
    assertThat(editorText()).contains("\"Next\": \"Wait\"");
    browser.screenshot("08-editor");
    find("#save").click();

    // then it is saved as a new revision and the state machine's page shows it
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/state-machines/" + machine));
    new GraphOnPage(browser, "sw-state-graph").awaitState("Wait");
    browser.waitUntil(d -> !text("#revision").equals(revisionBefore));
    assertThat(fixture.engine.stateMachine(machine).revision()).isEqualTo(2);
    assertThat(fixture.engine.stateMachine(machine).definition())
        .contains("Give the patient a moment");
    browser.screenshot("09-saved-revision");
  }

  private String editorText() {
    return (String)
        browser.js(
            "const e = document.querySelector('.editor-code sw-code-editor'); return e ? e.value : '';");
  }

  @Test
  void validationErrorShowsOnTheStateItConcerns() {
    // given the editor
    open("#/state-machines/" + machine + "/edit");
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Confirm");
    find("#diagnostics-ok");

    // when the code sends "Ask patient" to a state that does not exist
    browser.waitUntil(d ->
        browser.js(
            "return document.querySelector('.editor-code sw-code-editor').editor ? 1 : null"));
    browser.js(
        "const e = document.querySelector('.editor-code sw-code-editor').editor;"
            + " e.setValue(e.getValue().replace('\"Next\": \"Confirm\"', '\"Next\": \"Confrim\"'));");

    // then ValidateStateMachineDefinition's diagnostic is on that state, in the graph and the list
    browser.waitUntil(d -> graph.problem("Ask patient") != null);
    WebElement diagnostic = find("#diagnostics li[data-state='Ask patient']");
    assertThat(diagnostic.getText()).contains("MISSING_TRANSITION_TARGET").contains("Confrim");
    assertThat(graph.problem("Check availability")).isNull();
    graph.click("Ask patient");
    assertThat(text(".state-form .state-problems")).contains("MISSING_TRANSITION_TARGET");
    browser.screenshot("10-validation-error");
  }

  @Test
  void stoppedExecutionShowsItsWaitingStateCancelled() {
    // given an execution waiting on its task token
    String arn =
        fixture.engine.startExecution(machine, "to-stop", "{\"phone\":\"+15550100\"}").arn();
    open("#/executions/" + arn);
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Ask patient");
    graph.awaitStatus("Ask patient", "in-progress");

    // when it is stopped from the console
    find("#stop").click();
    find("#stop-error").sendKeys("Operator.Stop");
    find("#confirm-stop").click();

    // then
    browser.waitUntil(d -> text("#execution-status").equals("ABORTED"));
    graph.awaitStatus("Ask patient", "cancelled");
    assertThat(graph.status("Check availability")).isEqualTo("succeeded");
    assertThat(find("#redrive").isDisplayed()).isTrue();
    browser.screenshot("13-execution-stopped");
  }

  @Test
  void activityTaskIsTakenAndAnsweredFromTheWaitingState() {
    // given a state machine whose task is an activity, and an execution waiting for a worker
    String activity = fixture.engine.createActivity("approve").arn();
    String definition =
        "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{\"Type\":\"Task\",\"Resource\":\""
            + activity
            + "\",\"End\":true}}}";
    String sm =
        fixture
            .engine
            .createStateMachine("approval", definition, "STANDARD", ConsoleFixture.ROLE)
            .arn();
    String arn = fixture.engine.startExecution(sm, "a1", "{\"order\":7}").arn();

    // when the waiting state is opened and its task taken as a worker, then answered
    open("#/executions/" + arn + "/states/Approve");
    find("#claim-activity").click();
    assertThat(text("#task-token")).isNotBlank();
    browser.screenshot("14-activity-task");
    find("#send-success").click();

    // then
    browser.waitUntil(d -> text("#execution-status").equals("SUCCEEDED"));
    open("#/activities");
    assertThat(text("#activities")).contains("approve");
    browser.screenshot("15-activities");
  }

  @Test
  void failedExecutionIsRedrivenFromTheConsole() {
    // given an execution whose function failed
    String definition =
        "{\"StartAt\":\"Flaky\",\"States\":{\"Flaky\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::lambda:invoke\","
            + "\"Parameters\":{\"FunctionName\":\"flaky-once\",\"Payload.$\":\"$\"},\"End\":true}}}";
    String sm =
        fixture
            .engine
            .createStateMachine("flaky", definition, "STANDARD", ConsoleFixture.ROLE)
            .arn();
    String arn = fixture.engine.startExecution(sm, "f1", "{}").arn();
    open("#/executions/" + arn + "/states/Flaky");
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Flaky");
    graph.awaitStatus("Flaky", "failed");
    browser.waitUntil(d -> text("#execution-status").equals("FAILED"));
    browser.waitUntil(d -> text(".state-details .errors").contains("Slot service unavailable"));
    browser.waitUntil(d -> text(".state-details .log-lines").contains("the slot service is down"));
    browser.screenshot("16-execution-failed");

    // when
    find("#redrive").click();

    // then it runs again from the failed state, and succeeds
    browser.waitUntil(d -> text("#execution-status").equals("SUCCEEDED"));
    graph.awaitStatus("Flaky", "succeeded");
    browser.screenshot("17-execution-redriven");
  }

  @Test
  void tokenNotAmongTheParametersIsSentFromTheServersWaitingTask() {
    // given an execution waiting on sns:publish.waitForTaskToken, which passes no token
    String sm = fixture.createSmsMachine("sms");
    String arn = fixture.engine.startExecution(sm, "s1", "{\"phone\":\"+15550100\"}").arn();
    open("#/executions/" + arn);
    GraphOnPage graph = new GraphOnPage(browser, "sw-state-graph").awaitState("Text patient");
    graph.awaitStatus("Text patient", "in-progress");

    // when the waiting state is clicked and success is sent from its panel
    graph.click("Text patient");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/states/Text%20patient"));
    assertThat(text("#task-token")).isNotBlank();
    browser.screenshot("18-token-from-server");
    WebElement output = find("#callback-output");
    output.clear();
    output.sendKeys("{\"answer\": \"YES\"}");
    find("#send-success").click();

    // then
    browser.waitUntil(d -> text("#execution-status").equals("SUCCEEDED"));
    assertThat(fixture.engine.describeExecution(arn).output()).contains("YES");
  }
}
