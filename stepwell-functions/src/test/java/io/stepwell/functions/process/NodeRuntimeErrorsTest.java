package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How Node.js functions fail, as Lambda's Node.js runtime reports it: init errors ({@code
 * Runtime.ImportModuleError}, {@code Runtime.HandlerNotFound}, {@code Runtime.UserCodeSyntaxError})
 * served to the invocation, and uncaught exceptions, which end the process.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NodeRuntimeErrorsTest {
  @TempDir Path code;
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    Interpreters.requireNode();
    host = new FunctionHost("us-east-1", "123456789012", List.of(ProcessRuntime.create()));
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  private Invocation.FunctionError failure(String name, String handler) {
    host.register(FunctionConfig.of(name, "nodejs20.x", handler, code));
    Invocation invocation =
        host.invoke(name, Payload.ofUtf8("{}"), new InvokeOptions("req-" + name, null));
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    return (Invocation.FunctionError) invocation;
  }

  @Test
  void missingModuleIsAnImportModuleError() {
    // when
    Invocation.FunctionError error = failure("missing", "nothere.handler");

    // then
    assertThat(error.errorType()).isEqualTo("Runtime.ImportModuleError");
    assertThat(error.errorMessage())
        .startsWith("Error: Cannot find module 'nothere'\nRequire stack:\n- ");
    assertThat(error.payload().utf8())
        .startsWith(
            "{\"errorType\":\"Runtime.ImportModuleError\",\"errorMessage\":\"Error: Cannot find"
                + " module 'nothere'\\nRequire stack:");
    // logged during init, before the invocation's START, with no request id yet
    assertThat(error.logs().getFirst())
        .contains(
            "\tundefined\tERROR\tUncaught Exception \t{\"errorType\":\"Runtime.ImportModuleError\"");
    assertThat(error.logs().getLast())
        .contains("\tStatus: error\tError Type: Runtime.ImportModuleError");
  }

  @Test
  void missingExportIsHandlerNotFound() {
    // given
    FunctionFiles.in(code).file("index.js", "exports.other = async () => 1;");

    // when
    Invocation.FunctionError error = failure("noexport", "index.handler");

    // then
    assertThat(error.errorType()).isEqualTo("Runtime.HandlerNotFound");
    assertThat(error.errorMessage()).isEqualTo("index.handler is undefined or not exported");
  }

  @Test
  void exportThatIsNotAFunctionIsHandlerNotFound() {
    // given
    FunctionFiles.in(code).file("index.js", "exports.handler = 42;");

    // then
    assertThat(failure("notfn", "index.handler").errorMessage())
        .isEqualTo("index.handler is not a function");
  }

  @Test
  void syntaxErrorIsUserCodeSyntaxError() {
    // given
    FunctionFiles.in(code).file("broken.js", "exports.handler = async () => { return 1 +; };");

    // when
    Invocation.FunctionError error = failure("syntax", "broken.handler");

    // then
    assertThat(error.errorType()).isEqualTo("Runtime.UserCodeSyntaxError");
    assertThat(error.errorMessage()).startsWith("SyntaxError: Unexpected token");
  }

  @Test
  void handlerWithoutADotIsMalformed() {
    assertThat(failure("malformed", "index").errorType()).isEqualTo("Runtime.MalformedHandlerName");
  }

  @Test
  void uncaughtExceptionAnswersTheInvocationAndEndsTheProcess() throws Exception {
    // given: the error escapes from a timer, outside the handler's promise
    FunctionFiles.in(code)
        .file(
            "timer.js",
            """
            exports.handler = (event, context, callback) => {
              if (event.crash) { setTimeout(() => { throw new TypeError('late ' + process.pid); }, 1); }
              else { callback(null, process.pid); }
            };
            """);
    host.register(FunctionConfig.of("timer", "nodejs20.x", "timer.handler", code));

    // when
    Invocation crashed =
        host.invoke("timer", Payload.ofUtf8("{\"crash\":true}"), InvokeOptions.defaults());
    Invocation after = host.invoke("timer", Payload.ofUtf8("{}"), InvokeOptions.defaults());

    // then
    Invocation.FunctionError error = (Invocation.FunctionError) crashed;
    assertThat(error.errorType()).isEqualTo("TypeError");
    assertThat(error.errorMessage()).startsWith("late ");
    long crashedPid = Long.parseLong(error.errorMessage().substring("late ".length()));
    assertThat(error.logs())
        .anySatisfy(l -> assertThat(l).contains("\tERROR\tUncaught Exception \t"));
    // a new process served the next invocation
    assertThat(((Invocation.Success) after).payload().utf8())
        .isNotEqualTo(Long.toString(crashedPid));
  }
}
