package io.stepwell.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.engine.store.ExecutionRecord;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console with a history of 25,000 events and a list of 100,000 executions: pages load in
 * pages, tables draw only the rows in view.
 */
class ConsoleScaleTest {
  private ConsoleFixture fixture;
  private Browser browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
    fixture = new ConsoleFixture();
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

  private long number(String script) {
    return ((Number) browser.js(script)).longValue();
  }

  @Test
  void historyOf25000EventsLoadsAndScrolls() throws Exception {
    // given a Map over 6,240 items: 4 events an item, 24,966 in all (AWS's limit is 25,000)
    String definition =
        "{\"StartAt\":\"Items\",\"States\":{\"Items\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\","
            + "\"ItemProcessor\":{\"StartAt\":\"Item\",\"States\":{\"Item\":{\"Type\":\"Pass\","
            + "\"End\":true}}},\"ResultPath\":null,\"End\":true}}}";
    String machine =
        fixture.engine.createStateMachine("big", definition, "STANDARD", ConsoleFixture.ROLE).arn();
    StringBuilder input = new StringBuilder("{\"items\":[0");
    for (int i = 1; i < 6240; i++) {
      input.append(',').append(i);
    }
    ExecutionRecord execution =
        fixture.engine.startExecution(machine, "big", input.append("]}").toString());
    assertThat(fixture.engine.awaitExecution(execution.arn(), Duration.ofSeconds(60)).status())
        .isEqualTo("SUCCEEDED");
    long total = fixture.engine.history(execution.arn(), 0, 100_000, false).size();
    assertThat(total).isBetween(24_900L, 25_000L);

    // when
    long started = System.nanoTime();
    browser.driver.get(fixture.url() + "/#/executions/" + execution.arn());
    browser.waitUntil(d ->
        d.findElement(By.id("event-count")).getText().equals(total + " of " + total + " events"));
    long loadedMillis = (System.nanoTime() - started) / 1_000_000;
    new GraphOnPage(browser, "sw-state-graph").awaitStatus("Item", "succeeded");
    browser.js("document.querySelector('.events-table').scrollToRow(" + (total - 1) + ")");
    browser.waitUntil(d ->
        !d.findElements(By.cssSelector(".events-table .vt-row[data-key='" + (total - 1) + "']"))
            .isEmpty());

    // then only the rows in view are in the page, and the page answers
    assertThat(number("return document.querySelectorAll('.events-table .vt-row').length"))
        .isLessThan(100);
    assertThat(loadedMillis).isLessThan(20_000);
    long searchMillis =
        number(
            "const t = performance.now(); const s = document.querySelector('#event-search');"
                + " s.value = 'PassStateExited'; s.dispatchEvent(new Event('input'));"
                + " return s.closest('sw-event-table').updateComplete.then(() => performance.now() - t);");
    assertThat(browser.driver.findElement(By.id("event-count")).getText())
        .isEqualTo("6240 of " + total + " events");
    assertThat(searchMillis).isLessThan(1_000);
    browser.js("document.querySelector('sw-event-table').scrollIntoView()");
    browser.screenshot("11-history-25000-events");
  }

  @Test
  void listOf100000ExecutionsPagesAsItScrolls() {
    // given
    String machine =
        fixture
            .engine
            .createStateMachine(
                "many",
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                "STANDARD",
                ConsoleFixture.ROLE)
            .arn();
    for (int i = 0; i < 100_000; i++) {
      fixture.engine.startExecution(machine, "e" + i, "{}");
    }

    // when the list is scrolled to its end three times
    browser.driver.get(fixture.url() + "/#/state-machines/" + machine);
    browser.waitUntil(
        d -> number("return document.querySelector('.executions-table').rows.length") == 1000);
    for (int page = 2; page <= 3; page++) {
      browser.js(
          "const t = document.querySelector('.executions-table'); t.scrollToRow(t.rows.length - 1);");
      long expected = page * 1000L;
      browser.waitUntil(d ->
          number("return document.querySelector('.executions-table').rows.length") == expected);
    }

    // then pages of 1,000 came one by one, and only the rows in view are drawn
    assertThat(number("return document.querySelectorAll('.executions-table .vt-row').length"))
        .isLessThan(100);
    browser.js("document.querySelector('sw-executions-list').scrollIntoView()");
    browser.screenshot("12-executions-100000");
  }
}
