package io.stepwell.cli;

import io.stepwell.server.console.Browser;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The console's state graph as a person sees it, on stepwell-server's test {@link Browser}
 * (Debian's headless Chromium; absent, the test is skipped with the reason, or fails when {@code
 * STEPWELL_REQUIRE_TOOLS=true}).
 */
final class ConsoleBrowser implements AutoCloseable {
  private static final String GRAPH = "document.querySelector('sw-state-graph').cy";

  private final Browser browser;
  final ChromeDriver driver;

  private ConsoleBrowser(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver;
  }

  /** Chromium as the console's own browser tests start it, waiting up to 30 s. */
  static ConsoleBrowser start() {
    return new ConsoleBrowser(Browser.start(Duration.ofSeconds(30)));
  }

  Object js(String script, Object... args) {
    return browser.js(script, args);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return browser.waitUntil(condition);
  }

  WebElement find(String css) {
    return waitUntil(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** Saves the page as {@code target/console-screenshots/<name>.png}. */
  void screenshot(String name) {
    browser.screenshot(name);
  }

  /** Waits until the graph is laid out with the state called {@code name} in it. */
  void awaitState(String name) {
    waitUntil(d ->
        Boolean.TRUE.equals(
            js(
                "const g = document.querySelector('sw-state-graph');"
                    + " return !!(g && g.cy && g.dataset.ready"
                    + " && g.cy.getElementById(arguments[0]).length);",
                name)));
  }

  /** The status colour a state has in the graph ({@code in-progress}, {@code succeeded}...). */
  String status(String name) {
    return (String)
        js("return " + GRAPH + ".getElementById(arguments[0]).data('status') ?? null;", name);
  }

  void awaitStatus(String name, String status) {
    waitUntil(d -> status.equals(status(name)));
  }

  /** Clicks the state where it is drawn on the canvas. */
  void clickState(String name) {
    WebElement canvas = driver.findElement(By.cssSelector("sw-state-graph .graph-canvas"));
    js("arguments[0].scrollIntoView({block: 'center'});", canvas);
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            js(
                "const p = "
                    + GRAPH
                    + ".getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];",
                name);
    int dx = (int) Math.round(at.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(at.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
  }

  @Override
  public void close() {
    browser.close();
  }
}
