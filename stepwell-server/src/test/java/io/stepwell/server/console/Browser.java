package io.stepwell.server.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile; screenshots go to
 * {@code target/console-screenshots/}. Absent browser: the test is skipped with the reason, or
 * fails when {@code STEPWELL_REQUIRE_TOOLS=true}.
 */
public final class Browser implements AutoCloseable {
  public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  public final ChromeDriver driver;
  private final Path profile;
  private final Duration patience;

  private Browser(ChromeDriver driver, Path profile, Duration patience) {
    this.driver = driver;
    this.profile = profile;
    this.patience = patience;
  }

  /** A headless Chromium that waits up to 20 s for what a test expects. */
  public static Browser start() {
    return start(Duration.ofSeconds(20));
  }

  /**
   * A headless Chromium that waits up to {@code patience}; skips the test when Chromium is absent
   * (fails instead when STEPWELL_REQUIRE_TOOLS=true).
   */
  public static Browser start(Duration patience) {
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
      return new Browser(new ChromeDriver(service, options), profile, patience);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs JavaScript in the page and returns what it returns. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, patience)
        .pollingEvery(Duration.ofMillis(100))
        .ignoring(JavascriptException.class) // the page may not have drawn what a script reads yet
        .until(condition);
  }

  /** Saves the page as {@code target/console-screenshots/<name>.png}; returns the path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path to = SCREENSHOTS.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
