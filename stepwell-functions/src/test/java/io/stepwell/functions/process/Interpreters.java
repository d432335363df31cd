package io.stepwell.functions.process;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

/**
 * Whether the interpreters the tests need are installed: a test without one is skipped with a
 * message saying so, unless {@code STEPWELL_REQUIRE_TOOLS=true}, in which case it fails.
 */
final class Interpreters {
  private static final boolean REQUIRED = "true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"));

  private Interpreters() {}

  static void requireNode() {
    require("node", () -> Interpreter.node("node"));
  }

  static void requirePython() {
    require("python3", () -> Interpreter.python("python3"));
  }

  private interface Probe {
    Interpreter run() throws IOException;
  }

  private static void require(String name, Probe probe) {
    String problem;
    try {
      probe.run();
      return;
    } catch (IOException e) {
      problem = e.getMessage();
    }
    String message = name + " is needed to run this test and cannot be run here: " + problem;
    if (REQUIRED) {
      fail(message + " (STEPWELL_REQUIRE_TOOLS=true)");
    }
    assumeTrue(false, message);
  }
}
