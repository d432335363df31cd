package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python functions the {@code lambda/} conformance cases call, run as AWS ran them: {@code
 * handler.py}, handler {@code handler.handler}, {@code python3.12}. Expected answers are the
 * recorded ones (the causes in {@code error_handling.test_task_lambda.*}) and the behaviour the
 * corpus README describes; the task root stands where AWS's {@code /var/task} was.
 *
 * <p>The files live with the testkit, which runs the conformance cases through them ({@link
 * #FUNCTIONS}); this test reads them from the sibling module's sources, as the reactor lays them
 * out.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LambdaPythonFunctionsTest {
  /** Where the files are: stepwell-testkit's resources, relative to this module's directory. */
  static final Path FUNCTIONS =
      Path.of("../stepwell-testkit/src/main/resources/io/stepwell/testkit/lambda/python");

  @TempDir Path tasks;
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    Interpreters.requirePython();
    host = new FunctionHost(List.of(ProcessRuntime.create()));
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  /** Deploys {@code <file>.py} as {@code handler.py} and invokes it once. */
  private Invocation run(String file, String event, Duration timeout) throws IOException {
    Path root = Files.createDirectories(tasks.resolve(file));
    Files.copy(resource(file + ".py"), root.resolve("handler.py"));
    host.register(
        FunctionConfig.of(file.replace('_', '-'), "python3.12", "handler.handler", root)
            .withTimeout(timeout));
    return host.invoke(
        file.replace('_', '-'), Payload.ofUtf8(event), new InvokeOptions("req-" + file, null));
  }

  private Invocation run(String file, String event) throws IOException {
    return run(file, event, Duration.ofSeconds(10));
  }

  private static String answer(Invocation invocation) {
    assertThat(invocation).isInstanceOf(Invocation.Success.class);
    return ((Invocation.Success) invocation).payload().utf8();
  }

  /** The error document with the task root written as AWS's {@code /var/task}. */
  private String error(Invocation invocation, String file) {
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    String root = tasks.resolve(file).toAbsolutePath().normalize().toString();
    return ((Invocation.FunctionError) invocation).payload().utf8().replace(root, "/var/task");
  }

  @Test
  void idFunctionReturnsTheEventAsPythonWritesJson() throws IOException {
    // python3.12's runtime writes ", " and ": " separators and keeps non-ASCII text as it is
    assertThat(answer(run("id_function", "{\"a\":1,\"b\":[true,null,2.5],\"c\":\"caf\u00e9\"}")))
        .isEqualTo("{\"a\": 1, \"b\": [true, null, 2.5], \"c\": \"caf\u00e9\"}");
  }

  @Test
  void echoFunctionReturnsHelloWorld() throws IOException {
    assertThat(answer(run("echo_function", "{\"x\":1}"))).isEqualTo("{\"Return\": \"HelloWorld\"}");
  }

  @Test
  void returnDecoratedInputReturnsPythonsStrOfTheEvent() throws IOException {
    assertThat(answer(run("return_decorated_input", "{\"a\":1,\"b\":[true,null]}")))
        .isEqualTo("\"input-event-{'a': 1, 'b': [True, None]}\"");
  }

  @Test
  void returnBytesStrReturnsItsBytesUnchanged() throws IOException {
    assertThat(answer(run("return_bytes_str", "{}"))).isEqualTo("\"HelloWorld!\"");
  }

  @Test
  void raiseExceptionAnswersTheRecordedErrorDocument() throws IOException {
    assertThat(error(run("raise_exception", "{}"), "raise_exception"))
        .isEqualTo(
            "{\"errorMessage\": \"Some exception was raised.\", \"errorType\": \"Exception\","
                + " \"requestId\": \"req-raise_exception\", \"stackTrace\": [\"  File"
                + " \\\"/var/task/handler.py\\\", line 2, in handler\\n    raise Exception(\\\"Some"
                + " exception was raised.\\\")\\n\"]}");
  }

  @Test
  void raiseCustomExceptionAnswersAnEmptyMessage() throws IOException {
    assertThat(error(run("raise_custom_exception", "{}"), "raise_custom_exception"))
        .isEqualTo(
            "{\"errorMessage\": \"\", \"errorType\": \"CustomException\", \"requestId\":"
                + " \"req-raise_custom_exception\", \"stackTrace\": [\"  File"
                + " \\\"/var/task/handler.py\\\", line 9, in handler\\n    raise"
                + " CustomException()\\n\"]}");
  }

  @Test
  void largeOutputStringReturns257KibOfA() throws IOException {
    assertThat(answer(run("large_output_string", "{}")))
        .isEqualTo("\"" + "a".repeat(257 * 1024) + "\"");
  }

  @Test
  void waitSixtySecondsRunsPastAShortTimeout() throws IOException {
    // when
    Invocation invocation = run("wait_60_seconds", "{}", Duration.ofSeconds(1));

    // then
    assertThat(((Invocation.FunctionError) invocation).payload().utf8())
        .isEqualTo(
            "{\"errorMessage\":\"RequestId: req-wait_60_seconds Error: Task timed out after 1.00"
                + " seconds\",\"errorType\":\"Sandbox.Timedout\"}");
  }

  private static Path resource(String name) {
    Path file = FUNCTIONS.resolve(name);
    assertThat(file)
        .as("the Python function files (run from the module directory)")
        .isRegularFile();
    return file;
  }
}
