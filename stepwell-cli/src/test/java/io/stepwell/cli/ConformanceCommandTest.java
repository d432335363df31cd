package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {
  @TempDir Path dir;

  /** A case whose Pass state outputs {"a":1}; it passes when {@code expectedA} is 1. */
  private void writeCase(String name, int expectedA) throws IOException {
    String text =
        "{\"name\":\""
            + name
            + "\",\"state_machine_type\":\"STANDARD\",\"definition\":{\"StartAt\":\"P\","
            + "\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"a\":1},\"End\":true}}},"
            + "\"input\":{},\"driver_actions\":[],\"needs\":[],\"needs_detail\":[],"
            + "\"expected\":{\"status\":\"SUCCEEDED\",\"output\":{\"a\":"
            + expectedA
            + "}},\"comparison\":{\"placeholders\":[],\"snapshot_transformers\":[]}}";
    Files.writeString(dir.resolve(name + ".json"), text);
  }

  @Test
  void printsALinePerCaseAndTheSummaryAndExitsOneOnAFailure() throws IOException {
    // given
    writeCase("good", 1);
    writeCase("wrong", 2);

    // when
    Cli cli = Cli.run("conformance", dir.toString());

    // then
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out().lines().toList())
        .containsExactly(
            "PASS good",
            "FAIL wrong: /output/a: expected 2, got 1",
            "1 passed, 1 failed, 0 skipped");
  }

  @Test
  void exitsZeroWhenNothingFailsAndWritesTheJsonReport() throws IOException {
    // given
    writeCase("good", 1);
    Path report = dir.resolve("report").resolve("r.json");
    Files.createDirectories(report.getParent());

    // when
    Cli cli = Cli.run("conformance", "--json", report.toString(), dir.toString());

    // then
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    Map<String, Object> json = Json.asObject(Json.parse(Files.readString(report)));
    assertThat(json).containsEntry("passed", 1).containsEntry("failed", 0);
    assertThat(Json.asArray(json.get("cases")))
        .containsExactly(
            Map.of(
                "name",
                "good",
                "folder",
                dir.getFileName().toString(),
                "status",
                "PASS",
                "reason",
                "",
                "jsonPathMode",
                true));
  }

  @Test
  void missingFolderExitsTwo() {
    Cli cli = Cli.run("conformance", dir.resolve("absent").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no such folder");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void pythonFlagRunsTheCasesFunctionsAsRealPython() throws IOException, InterruptedException {
    // given a case calling return_decorated_input.py, whose answer is Python's str() of the event
    requirePython();
    String text =
        "{\"name\":\"decorated\",\"state_machine_type\":\"STANDARD\",\"definition\":"
            + "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
            + "\"Resource\":\"@@LAMBDA_ARN:0@@\",\"End\":true}}},"
            + "\"input\":{\"a\":[true,null]},\"driver_actions\":[],\"needs\":[\"lambda\"],"
            + "\"needs_detail\":[{\"service\":\"lambda\",\"index\":0,"
            + "\"handler_file\":\"lambdafunctions/return_decorated_input.py\"}],"
            + "\"expected\":{\"status\":\"SUCCEEDED\","
            + "\"output\":\"input-event-{'a': [True, None]}\"},"
            + "\"comparison\":{\"placeholders\":[],\"snapshot_transformers\":[]}}";
    Files.writeString(dir.resolve("decorated.json"), text);

    // when
    Cli cli = Cli.run("conformance", "--functions", "python", dir.toString());

    // then
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out().lines().toList())
        .containsExactly("PASS decorated", "1 passed, 0 failed, 0 skipped");
  }

  private static void requirePython() throws InterruptedException {
    boolean runs;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      runs = p.waitFor() == 0;
    } catch (IOException e) {
      runs = false;
    }
    if (!runs && "true".equals(System.getenv("STEPWELL_REQUIRE_TOOLS"))) {
      throw new AssertionError("python3 cannot be run (STEPWELL_REQUIRE_TOOLS=true)");
    }
    Assumptions.assumeTrue(runs, "python3 is needed to run functions as real Python");
  }
}
