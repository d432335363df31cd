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
}
