package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help texts that quote serverless.yml variables show them (picocli would expand ${...}). */
class HelpTextTest {
  @Test
  void deployHelpNamesTheVariablesItsOptionsSet() {
    Cli cli = Cli.run("help", "deploy");
    assertThat(cli.out())
        .contains("${opt:stage} (default: the project's)")
        .contains("${opt:region}.")
        .contains("Another ${opt:NAME}")
        .doesNotContain("null");
  }

  @Test
  void serveHelpNamesTheVariableOfParam() {
    assertThat(Cli.run("help", "serve").out()).contains("An ${opt:NAME} for --example's deploy");
  }
}
