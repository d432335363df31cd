package io.stepwell.server.console;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The state graph of the page as a person sees it: its states, their colours, clicks on them. */
final class GraphOnPage {
  private static final String GRAPH = "document.querySelector(arguments[0]).cy";
  private final Browser browser;
  private final String selector;

  GraphOnPage(Browser browser, String selector) {
    this.browser = browser;
    this.selector = selector;
  }

  /** Waits until the graph is laid out with the state called {@code name} in it. */
  GraphOnPage awaitState(String name) {
    browser.waitUntil(d ->
        Boolean.TRUE.equals(
            browser.js(
                "const g = document.querySelector(arguments[0]);"
                    + " return !!(g && g.cy && g.dataset.ready && g.cy.getElementById(arguments[1]).length);",
                selector,
                name)));
    return this;
  }

  /** The status colour a state has ({@code in-progress}, {@code succeeded}, ...), or null. */
  String status(String name) {
    return (String)
        browser.js(
            "return " + GRAPH + ".getElementById(arguments[1]).data('status') ?? null;",
            selector,
            name);
  }

  void awaitStatus(String name, String status) {
    browser.waitUntil(d -> status.equals(status(name)));
  }

  String parentOf(String id) {
    return (String)
        browser.js(
            "return " + GRAPH + ".getElementById(arguments[1]).data('parent') ?? null;",
            selector,
            id);
  }

  @SuppressWarnings("unchecked")
  List<String> edgeLabels(String source) {
    return (List<String>)
        browser.js(
            "return "
                + GRAPH
                + ".getElementById(arguments[1]).outgoers('edge').map(e => e.data('label'));",
            selector,
            source);
  }

  String problem(String name) {
    return (String)
        browser.js(
            "return " + GRAPH + ".getElementById(arguments[1]).data('problem') ?? null;",
            selector,
            name);
  }

  /** Clicks the state where it is drawn on the canvas. */
  void click(String name) {
    WebElement canvas = browser.driver.findElement(By.cssSelector(selector + " .graph-canvas"));
    browser.js("arguments[0].scrollIntoView({block: 'center'});", canvas);
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            browser.js(
                "const p = "
                    + GRAPH
                    + ".getElementById(arguments[1]).renderedPosition();"
                    + " return [p.x, p.y];",
                selector,
                name);
    int dx = (int) Math.round(at.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(at.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
    new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();
  }
}
