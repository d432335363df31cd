package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path dir;

  private Path definition(String json) throws IOException {
    return Files.writeString(dir.resolve("machine.asl.json"), json);
  }

  @Test
  void succeededRunPrintsTheOutputAndExitsZero() throws IOException {
    // given
    Path file =
        definition(
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"ResultPath\":\"$.r\","
                + "\"Result\":1,\"End\":true}}}");

    // when
    Cli cli = Cli.run("run", file.toString(), "--input", "{\"a\":true}");

    // then
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(Json.parse(cli.out().strip())).isEqualTo(Json.parse("{\"a\":true,\"r\":1}"));
  }

  @Test
  void historyPrintsOneEventPerLineBeforeTheOutput() throws IOException {
    // given
    Path file =
        definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    // when
    Cli cli = Cli.run("run", file.toString(), "--input", "{}", "--history");

    // then
    List<String> lines = cli.out().lines().toList();
    assertThat(lines)
        .extracting(l -> Json.asObject(Json.parse(l)).get("type"))
        .startsWith("ExecutionStarted", "PassStateEntered", "PassStateExited");
    assertThat(Json.asObject(Json.parse(lines.get(0))))
        .containsKeys("id", "previousEventId", "type", "details");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("{}");
  }

  @Test
  void failedRunPrintsErrorAndCauseAndExitsOne() throws IOException {
    // given
    Path file =
        definition(
            "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\","
                + "\"Cause\":\"it broke\"}}}");

    // when
    Cli cli = Cli.run("run", file.toString());

    // then
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEqualTo(String.format("error: Boom%ncause: it broke%n"));
  }

  @Test
  void taskNamingATestFunctionRunsIt() throws IOException {
    // given
    Path file =
        definition(
            "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:lambda:us-east-1:111111111111:function:raise_exception\","
                + "\"End\":true}}}");

    // when
    Cli cli = Cli.run("run", file.toString());

    // then
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).startsWith("error: Exception").contains("Some exception was raised.");
  }

  @Test
  void otherTasksEchoTheirInput() throws IOException {
    // given
    Path file =
        definition(
            "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:states:::sqs:sendMessage\",\"End\":true}}}");

    // when
    Cli cli = Cli.run("run", file.toString(), "--input", "{\"m\":[1]}");

    // then
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(Json.parse(cli.out().strip())).isEqualTo(Json.parse("{\"m\":[1]}"));
  }

  @Test
  void invalidDefinitionPrintsTheInvalidDefinitionMessageAndExitsTwo() throws IOException {
    // given
    Path file = definition("[1]");

    // when
    Cli cli = Cli.run("run", file.toString());

    // then
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("InvalidDefinition: Invalid State Machine Definition");
    assertThat(cli.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void definitionThatIsNotJsonIsAnInvalidDefinition() throws IOException {
    // given
    Path file = definition("not a definition");

    // when
    Cli cli = Cli.run("run", file.toString());

    // then
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .startsWith(
            "InvalidDefinition: Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION");
  }

  @Test
  void badInputJsonIsReportedClearlyAndExitsTwo() throws IOException {
    // given
    Path file =
        definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    // when
    Cli cli = Cli.run("run", file.toString(), "--input", "{not json");

    // then
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("stepwell run: --input is not valid JSON");
    assertThat(cli.err()).doesNotContain("\tat ");
  }

  @Test
  void inputCanComeFromAFile() throws IOException {
    // given
    Path file =
        definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    Path input = Files.writeString(dir.resolve("input.json"), "{\"from\": \"file\"}");

    // when
    Cli cli = Cli.run("run", file.toString(), "--input", "@" + input);

    // then
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(Json.parse(cli.out().strip())).isEqualTo(Json.parse("{\"from\":\"file\"}"));
  }

  @Test
  void missingFileExitsTwo() {
    Cli cli = Cli.run("run", dir.resolve("absent.json").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no such definition file");
  }
}
