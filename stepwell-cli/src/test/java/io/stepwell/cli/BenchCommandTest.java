package io.stepwell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  private static final String TWO_PASSES =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
          + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

  @TempDir Path dir;

  private static double number(String out, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + " ([0-9.]+)").matcher(out);
    assertThat(m.find()).as(label + " in " + out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void reportsRatesAndLatencies() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);

    // when
    Cli cli =
        Cli.run(
            "bench",
            file.toString(),
            "--input",
            "{}",
            "--executions",
            "200",
            "--warmup",
            "20",
            "--concurrency",
            "2");

    // then: two states entered per execution
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).startsWith("executions: 200 on 2 threads, after 20 warm-up executions");
    double executions = number(cli.out(), "executions/s:");
    double transitions = number(cli.out(), "state transitions/s:");
    assertThat(transitions / executions).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(number(cli.out(), "latency p99:"))
        .isGreaterThanOrEqualTo(number(cli.out(), "latency p50:"));
  }

  @Test
  void invalidDefinitionExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), "[1]");
    Cli cli = Cli.run("bench", file.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("InvalidDefinition: ");
  }

  @Test
  void badInputExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);
    Cli cli = Cli.run("bench", file.toString(), "--input", "[");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--input is not valid JSON");
  }

  @Test
  void durableStandardExecutionsRunThroughTheEngineOnSqlite() throws IOException {
    // given: a Pass then a Task (answered by the echo), so two steps committed per execution
    Path file =
        Files.writeString(
            dir.resolve("m.json"),
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
                + "\"B\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:111111111111:function:f\","
                + "\"End\":true}}}");

    // when
    Cli cli =
        Cli.run(
            "bench",
            file.toString(),
            "--type",
            "STANDARD",
            "--store",
            "sqlite",
            "--data-dir",
            dir.resolve("data").toString(),
            "--executions",
            "40",
            "--warmup",
            "5",
            "--concurrency",
            "4");

    // then: every execution succeeded, two states entered each, and the store was written
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .startsWith("executions: 40 on 4 threads, after 5 warm-up executions, durable on sqlite")
        .doesNotContain("did not succeed");
    double executions = number(cli.out(), "executions/s:");
    double transitions = number(cli.out(), "state transitions/s:");
    assertThat(transitions / executions).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(dir.resolve("data").resolve("stepwell.db")).exists();
  }

  @Test
  void durableExecutionsOnTheMemoryStore() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);
    Cli cli =
        Cli.run(
            "bench", file.toString(), "--store", "memory", "--executions", "20", "--warmup", "0");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("durable on memory");
    assertThat(number(cli.out(), "state transitions/s:") / number(cli.out(), "executions/s:"))
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void unknownStoreExitsTwoNamingTheChoices() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);
    Cli cli = Cli.run("bench", file.toString(), "--store", "mongo");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo("stepwell bench: --store must be memory, sqlite or postgres, not 'mongo'\n");
  }

  @Test
  void unknownTypeExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);
    Cli cli = Cli.run("bench", file.toString(), "--type", "BATCH");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--type must be STANDARD or EXPRESS, not 'BATCH'");
  }

  @Test
  void postgresWithoutUrlAndExpressOnAStoreExitTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), TWO_PASSES);
    Cli noUrl = Cli.run("bench", file.toString(), "--store", "postgres");
    Cli express = Cli.run("bench", file.toString(), "--store", "memory", "--type", "EXPRESS");
    assertThat(noUrl.exitCode()).isEqualTo(2);
    assertThat(noUrl.err()).contains("--store postgres needs --pg-url");
    assertThat(express.exitCode()).isEqualTo(2);
    assertThat(express.err()).contains("--store runs durable executions: it needs --type STANDARD");
  }
}
