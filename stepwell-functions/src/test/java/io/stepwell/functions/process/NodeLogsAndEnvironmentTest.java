package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Node.js function logs, in order and framed by Lambda's START, END and REPORT lines, and
 * the environment variables it sees, as Lambda sets them.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NodeLogsAndEnvironmentTest {
  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @TempDir Path code;
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    Interpreters.requireNode();
    ProcessRuntime runtime =
        ProcessRuntime.builder().endpointUrl(URI.create("http://127.0.0.1:8083")).build();
    host = new FunctionHost("eu-west-1", "123456789012", List.of(runtime));
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void logLinesAreTheInvocationsInOrderBetweenStartEndAndReport() {
    // given
    FunctionFiles.in(code)
        .file(
            "logs.js",
            """
            console.log('loading');
            exports.handler = async (event) => {
              console.log('first', event.n);
              process.stdout.write('raw line\\n');
              console.error('second\\nspans lines');
              await new Promise((r) => setTimeout(r, 10));
              console.warn({ third: true });
              return event.n;
            };
            """);
    host.register(FunctionConfig.of("logs", "nodejs20.x", "logs.handler", code));

    // when
    Invocation cold =
        host.invoke("logs", Payload.ofUtf8("{\"n\":1}"), new InvokeOptions("r-1", null));
    Invocation warm =
        host.invoke("logs", Payload.ofUtf8("{\"n\":2}"), new InvokeOptions("r-2", null));

    // then
    List<String> logs = cold.logs();
    assertThat(logs).hasSize(8);
    assertThat(logs.get(0)).matches(TIMESTAMP + "\tundefined\tINFO\tloading");
    assertThat(logs.get(1)).isEqualTo("START RequestId: r-1 Version: $LATEST");
    assertThat(logs.get(2)).matches(TIMESTAMP + "\tr-1\tINFO\tfirst 1");
    assertThat(logs.get(3)).isEqualTo("raw line");
    assertThat(logs.get(4)).matches("(?s)" + TIMESTAMP + "\tr-1\tERROR\tsecond\nspans lines");
    assertThat(logs.get(5)).matches(TIMESTAMP + "\tr-1\tWARN\t\\{ third: true }");
    assertThat(logs.get(6)).isEqualTo("END RequestId: r-1");
    assertThat(logs.get(7))
        .matches(
            "REPORT RequestId: r-1\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                + "\tMemory Size: 128 MB\tMax Memory Used: \\d+ MB\tInit Duration: \\d+\\.\\d\\d ms");
    assertThat(warm.logs().get(0)).isEqualTo("START RequestId: r-2 Version: $LATEST");
    assertThat(warm.logs().get(1)).matches(TIMESTAMP + "\tr-2\tINFO\tfirst 2");
    assertThat(warm.logs()).hasSize(7);
    assertThat(warm.logs().getLast()).doesNotContain("Init Duration");
  }

  @Test
  void functionSeesLambdasEnvironmentAndItsOwnVariablesOnly() {
    // given
    FunctionFiles.in(code).file("env.js", "exports.handler = async () => process.env;");
    host.register(
        FunctionConfig.of("env", "nodejs18.x", "env.handler", code)
            .withMemoryMb(512)
            .withEnvironment(Map.of("TABLE", "orders")));

    // when
    Invocation invocation = host.invoke("env", Payload.ofUtf8("{}"), InvokeOptions.defaults());

    // then
    Map<String, Object> env = Json.object(((Invocation.Success) invocation).payload().utf8());
    assertThat(env)
        .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "env")
        .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
        .containsEntry("AWS_REGION", "eu-west-1")
        .containsEntry("AWS_DEFAULT_REGION", "eu-west-1")
        .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_nodejs18.x")
        .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/env")
        .containsEntry("LAMBDA_TASK_ROOT", code.toAbsolutePath().normalize().toString())
        .containsEntry("_HANDLER", "env.handler")
        .containsEntry("TZ", ":UTC")
        .containsEntry("TABLE", "orders")
        .containsEntry("AWS_ENDPOINT_URL", "http://127.0.0.1:8083")
        .containsEntry("AWS_ACCESS_KEY_ID", "test")
        .containsEntry("AWS_SECRET_ACCESS_KEY", "test")
        .containsEntry("AWS_SESSION_TOKEN", "test")
        .containsKeys("LAMBDA_RUNTIME_DIR", "AWS_LAMBDA_LOG_STREAM_NAME", "PATH");
    assertThat((String) env.get("AWS_LAMBDA_RUNTIME_API")).matches("127\\.0\\.0\\.1:\\d+");
    // nothing of the host's own environment leaks in beyond PATH
    assertThat(env).doesNotContainKeys("HOME", "JAVA_HOME", "MAVEN_OPTS");
  }
}
