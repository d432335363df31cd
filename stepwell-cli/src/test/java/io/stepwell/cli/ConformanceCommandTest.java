package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
}
