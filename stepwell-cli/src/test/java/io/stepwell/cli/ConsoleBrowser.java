package io.stepwell.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on the console, and the console's state graph as a person sees it (the
 * few lines of stepwell-server's console test helpers this module needs). Absent browser: the test
 * is skipped with the reason, or fails when {@code STEPWELL_REQUIRE_TOOLS=true}.
 */
final class ConsoleBrowser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String GRAPH = "document.querySelector('sw-state-graph').cy";

  final ChromeDriver driver;
  private final Path profile;

  private ConsoleBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static ConsoleBrowser start() {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    String reason =
        "Chromium and its driver are needed at /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install chromium chromium-driver)";
    if (!present && "true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      throw new AssertionError(reason + "; STEPWELL_REQUIRE_TOOLS=true");
    }
    assumeTrue(present, reason);
    try {
      Path profile = Files.createTempDirectory("stepwell-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--window-size=1440,1000",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      return new ConsoleBrowser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(100))
        .ignoring(JavascriptException.class) // the page may not have drawn what a script reads yet
        .until(condition);
  }

  WebElement find(String css) {
    return waitUntil(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** Saves the page as {@code target/console-screenshots/<name>.png}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
