package io.stepwell.server.console;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: with {@code -Dstepwell.console.dev=<port>} it serves the console on that port with
 * the appointment example (one execution waiting, one finished) for ten minutes, to look at it by
 * hand.
 */
class ConsoleDevServer {
  @Test
  @EnabledIfSystemProperty(named = "stepwell.console.dev", matches = "\\d+")
  void serveForAWhile() throws Exception {
    int port = Integer.parseInt(System.getProperty("stepwell.console.dev"));
    try (ConsoleFixture fixture = new ConsoleFixture(port)) {
      String arn = fixture.createAppointmentMachine("appointment");
      fixture.engine.startExecution(arn, "waiting", "{\"phone\":\"+15550100\"}");
      for (int i = 0; i < 30; i++) {
        fixture.engine.startExecution(arn, "run-" + i, "{\"phone\":\"+1555010" + i + "\"}");
      }
      fixture.engine.createStateMachine(
          "hello",
          "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
          "STANDARD",
          ConsoleFixture.ROLE);
      System.out.println("console at " + fixture.url() + "/ " + Map.of("sm", arn));
      Thread.sleep(Duration.ofMinutes(10));
    }
  }
}
