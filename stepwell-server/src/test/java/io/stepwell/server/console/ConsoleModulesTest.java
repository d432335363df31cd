package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's plain modules (reading a history, editing a definition, placing diagnostics) run in
 * the browser that serves them, on histories AWS recorded (the conformance corpus).
 */
class ConsoleModulesTest {
  private static ConsoleFixture fixture;
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    fixture = new ConsoleFixture();
    browser.driver.get(fixture.url() + "/#/activities");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> corpusCase(String file) throws Exception {
    Path shared = Path.of(System.getProperty("stepwell.shared", "../shared"), "conformance");
    boolean present = Files.isDirectory(shared);
    if (!present && "true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
      throw new AssertionError("the conformance corpus is missing at " + shared);
    }
    assumeTrue(present, "the conformance corpus (../shared/conformance) is not here");
    return (Map<String, Object>) Json.parse(Files.readString(shared.resolve(file)));
  }

  /**
   * A recorded history as GetExecutionHistory sends it (details under their member, data as text).
   */
  @SuppressWarnings("unchecked")
  private static List<Object> apiEvents(Map<String, Object> corpusCase) {
    Map<String, Object> expected = (Map<String, Object>) corpusCase.get("expected");
    List<Object> out = new ArrayList<>();
    for (Object o : (List<Object>) expected.get("history")) {
      Map<String, Object> e = (Map<String, Object>) o;
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", e.get("id"));
      event.put("previousEventId", e.get("previousEventId"));
      event.put("type", e.get("type"));
      event.put("timestamp", 1_700_000_000 + ((Number) e.get("id")).doubleValue());
      Map<String, Object> details = new LinkedHashMap<>();
      Map<String, Object> recorded = (Map<String, Object>) e.get("details");
      if (recorded != null) {
        recorded.forEach((k, v) ->
            details.put(
                k, Set.of("input", "output", "parameters").contains(k) ? Json.write(v) : v));
      }
      event.put(HistoryEventJson.member((String) e.get("type")), details);
      out.add(event);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readHistory(List<Object> events, List<String> states) {
    return (Map<String, Object>)
        browser.js(
            "return import('/console/js/asl/history-model.js').then(({HistoryModel}) => {"
                + " const m = new HistoryModel(); m.add(arguments[0]); m.add(arguments[0]);"
                + " const attempts = {};"
                + " for (const [name, visits] of m.visitsByState) attempts[name] = visits.map(v => v.attempts);"
                + " return {status: m.status, events: m.events.length,"
                + "   states: Object.fromEntries(m.statuses(arguments[1])), attempts}; });",
            events,
            states);
  }

  @Test
  @SuppressWarnings("unchecked") // results of the page's modules: JSON objects
  void retriedTaskThatWasCaughtShowsCaughtWithItsAttempts() throws Exception {
    // given AWS's history: four failed attempts, then the Catch
    Map<String, Object> c =
        corpusCase("lambda/scenarios.test_base_scenarios.test_lambda_invoke_with_retry_base.json");

    // when
    Map<String, Object> read =
        readHistory(apiEvents(c), List.of("InvokeLambdaWithRetry", "HandleError"));

    // then
    assertThat(read).containsEntry("status", "SUCCEEDED").containsEntry("events", 18L);
    assertThat((Map<String, Object>) read.get("states"))
        .containsEntry("InvokeLambdaWithRetry", "caught")
        .containsEntry("HandleError", "succeeded");
    assertThat((Map<String, Object>) read.get("attempts"))
        .containsEntry("InvokeLambdaWithRetry", List.of(4L));
  }

  @Test
  @SuppressWarnings("unchecked") // results of the page's modules: JSON objects
  void failureInsideAMapFailsTheStateWhereItHappenedAndTheMap() throws Exception {
    // given AWS's history: an item's task caught, its fallback failing, the Map failing
    Map<String, Object> c =
        corpusCase(
            "lambda/states_variables.test_error_output.test_map_catch_error"
                + "[MAP_CATCH_ERROR_OUTPUT_WITH_RETRY].json");

    // when
    Map<String, Object> read =
        readHistory(apiEvents(c), List.of("ProcessItems", "ProcessItem", "Fallback"));

    // then
    assertThat(read).containsEntry("status", "FAILED");
    assertThat((Map<String, Object>) read.get("states"))
        .containsEntry("ProcessItem", "caught")
        .containsEntry("Fallback", "failed")
        .containsEntry("ProcessItems", "failed");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> edit(String script, Object definition) {
    return (Map<String, Object>)
        browser.js(
            "return import('/console/js/editor/definition-ops.js').then((ops) => {"
                + " const d = arguments[0]; "
                + script
                + " });",
            definition);
  }

  private static Object chain() {
    return Json.parse(
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.x\",\"IsPresent\":true,"
            + "\"Next\":\"C\"}],\"Default\":\"C\"},\"C\":{\"Type\":\"Pass\",\"End\":true}}}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void stateAddedAfterAnotherTakesOverItsNext() {
    Map<String, Object> d =
        edit(
            "return ops.addState(d, 'A', () => ({state: {Type: 'Wait', Seconds: 1, End: true}}),"
                + " 'A').definition;",
            chain());
    Map<String, Object> states = (Map<String, Object>) d.get("States");
    assertThat((Map<String, Object>) states.get("A")).containsEntry("Next", "A 2");
    assertThat((Map<String, Object>) states.get("A 2"))
        .containsEntry("Next", "B")
        .doesNotContainKey("End");
  }

  @Test
  @SuppressWarnings("unchecked")
  void renamedStateIsRenamedInEveryTransitionAndStartAt() {
    Map<String, Object> d =
        edit("return ops.renameState(ops.renameState(d, 'C', 'Done'), 'A', 'First');", chain());
    Map<String, Object> states = (Map<String, Object>) d.get("States");
    assertThat(d).containsEntry("StartAt", "First");
    assertThat(states).containsOnlyKeys("First", "B", "Done");
    assertThat(Json.write(states.get("B")))
        .contains("\"Next\":\"Done\"")
        .contains("\"Default\":\"Done\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void removedStateIsBridged() {
    Map<String, Object> d = edit("return ops.removeState(d, 'A');", chain());
    assertThat(d).containsEntry("StartAt", "B");
    Map<String, Object> e = edit("return ops.removeState(d, 'C');", chain());
    Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) e.get("States")).get("B");
    assertThat(b).doesNotContainKey("Default");
  }

  @Test
  void diagnosticsNameTheInnermostState() {
    Object name =
        browser.js(
            "return import('/console/js/editor/diagnostics.js').then((d) =>"
                + " d.stateOfPointer('/States/P/Branches/0/States/In~1ner/Next'));");
    assertThat(name).isEqualTo("In/ner");
  }

  @Test
  void taskTokenIsFoundWhereTheJsonataArgumentsPutIt() {
    Object token =
        browser.js(
            "return import('/console/js/asl/task-token.js').then((t) => t.taskToken("
                + "{StartAt: 'W', States: {W: {Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',"
                + " Arguments: {Payload: {token: '{% $states.context.Task.Token %}'}}, End: true}}},"
                + " 'W', JSON.stringify({Payload: {token: 'abc-123'}})));");
    assertThat(token).isEqualTo("abc-123");
  }

  @Test
  void functionIsInvokedFromTheFunctionsPageWithItsLogLines() {
    // when
    browser.driver.get(fixture.url() + "/#/functions/check-availability");
    browser.waitUntil(
        d -> d.findElements(org.openqa.selenium.By.cssSelector("#functions")).size() == 1);
    var payload = browser.driver.findElement(org.openqa.selenium.By.id("payload"));
    payload.clear();
    payload.sendKeys("{\"phone\": \"+15550199\"}");
    browser.driver.findElement(org.openqa.selenium.By.id("invoke")).click();

    // then the response, its log tail, and the recent log lines kept by the server
    browser.waitUntil(d ->
        d.findElements(org.openqa.selenium.By.cssSelector(".invocation pre")).size() == 2
            && d.findElement(org.openqa.selenium.By.cssSelector(".invocation"))
                .getText()
                .contains("2030-01-07T09:00"));
    browser.waitUntil(d ->
        d.findElement(org.openqa.selenium.By.cssSelector(".invocation-log"))
            .getText()
            .contains("checking slots for +15550199"));
    assertThat(browser.driver.findElement(org.openqa.selenium.By.id("functions")).getText())
        .contains("check-availability")
        .contains("send-sms");
    browser.screenshot("18-functions");
  }
}
