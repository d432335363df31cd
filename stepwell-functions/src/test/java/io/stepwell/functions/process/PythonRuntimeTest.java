package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
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
 * Python functions in real {@code python3} processes. Expected values are Lambda's Python
 * runtime's: {@code module.function} handlers, the {@code LambdaContext}, its log format and its
 * error documents ({@code errorMessage}, {@code errorType}, {@code requestId}, {@code stackTrace}).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PythonRuntimeTest {
  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @TempDir Path code;
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    Interpreters.requirePython();
    host = new FunctionHost("us-east-1", "123456789012", List.of(ProcessRuntime.create()));
  }

  @AfterEach
  void closeHost() {
    if (host != null) {
      host.close();
    }
  }

  private Invocation invoke(String name, String runtime, String handler, String event) {
    host.register(FunctionConfig.of(name, runtime, handler, code));
    return host.invoke(name, Payload.ofUtf8(event), new InvokeOptions("req-" + name, null));
  }

  private static Invocation.FunctionError failed(Invocation invocation) {
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    return (Invocation.FunctionError) invocation;
  }

  @Test
  void handlerInAPackageAnswersJsonAsPythonWritesIt() {
    // given
    FunctionFiles.in(code)
        .file("orders/__init__.py", "")
        .file(
            "orders/api.py",
            "def total(event, context):\n    return {'total': sum(event['items']), 'ok': True}\n");

    // when: both spellings Lambda accepts for a module in a folder
    Invocation slash = invoke("slash", "python3.11", "orders/api.total", "{\"items\":[1,2,3]}");
    Invocation dot = invoke("dot", "python3.11", "orders.api.total", "{\"items\":[4]}");

    // then
    assertThat(((Invocation.Success) slash).payload().utf8())
        .isEqualTo("{\"total\": 6, \"ok\": true}");
    assertThat(((Invocation.Success) dot).payload().utf8())
        .isEqualTo("{\"total\": 4, \"ok\": true}");
  }

  @Test
  void beforePython312NonAsciiTextIsEscaped() {
    // given
    FunctionFiles.in(code).file("uni.py", "def handler(event, context):\n    return event\n");

    // then
    assertThat(
            ((Invocation.Success)
                    invoke("uni", "python3.11", "uni.handler", "{\"s\":\"caf\u00e9\"}"))
                .payload()
                .utf8())
        .isEqualTo("{\"s\": \"caf\\u00e9\"}");
  }

  @Test
  void contextCarriesLambdasFields() {
    // given
    FunctionFiles.in(code)
        .file(
            "ctx.py",
            """
            def handler(event, context):
                return {
                    "function_name": context.function_name,
                    "function_version": context.function_version,
                    "memory_limit_in_mb": context.memory_limit_in_mb,
                    "log_group_name": context.log_group_name,
                    "aws_request_id": context.aws_request_id,
                    "invoked_function_arn": context.invoked_function_arn,
                    "remaining": context.get_remaining_time_in_millis(),
                    "repr": repr(context)[:41],
                }
            """);

    // when
    Invocation invocation = invoke("ctx", "python3.12", "ctx.handler", "{}");

    // then
    Map<String, Object> ctx = Json.object(((Invocation.Success) invocation).payload().utf8());
    assertThat(ctx)
        .containsEntry("function_name", "ctx")
        .containsEntry("function_version", "$LATEST")
        .containsEntry("memory_limit_in_mb", "128")
        .containsEntry("log_group_name", "/aws/lambda/ctx")
        .containsEntry("aws_request_id", "req-ctx")
        .containsEntry("invoked_function_arn", "arn:aws:lambda:us-east-1:123456789012:function:ctx")
        .containsEntry("repr", "LambdaContext([aws_request_id=req-ctx,log");
    assertThat(((Number) ctx.get("remaining")).intValue()).isBetween(1, 3000);
  }

  @Test
  void exceptionBecomesPythonsErrorDocumentAndIsLogged() {
    // given
    FunctionFiles.in(code)
        .file(
            "fail.py",
            """
            def check(order):
                raise ValueError("order %s has no items" % order["id"])


            def handler(event, context):
                print("checking", event["id"])
                check(event)
            """);

    // when
    Invocation.FunctionError error =
        failed(invoke("fail", "python3.12", "fail.handler", "{\"id\":7}"));

    // then
    String file = code.resolve("fail.py").toAbsolutePath().normalize().toString();
    assertThat(error.payload().utf8())
        .isEqualTo(
            "{\"errorMessage\": \"order 7 has no items\", \"errorType\": \"ValueError\","
                + " \"requestId\": \"req-fail\", \"stackTrace\": [\"  File \\\""
                + file
                + "\\\", line 7, in handler\\n    check(event)\\n\", \"  File \\\""
                + file
                + "\\\", line 2, in check\\n    raise ValueError(\\\"order %s has no items\\\" %"
                + " order[\\\"id\\\"])\\n\"]}");
    assertThat(error.logs())
        .containsSubsequence(
            "START RequestId: req-fail Version: $LATEST",
            "checking 7",
            "[ERROR] ValueError: order 7 has no items\nTraceback (most recent call last):\n"
                + "\u00a0\u00a0File \""
                + file
                + "\", line 7, in handler\n\u00a0\u00a0\u00a0\u00a0check(event)\n"
                + "\u00a0\u00a0File \""
                + file
                + "\", line 2, in check\n"
                + "\u00a0\u00a0\u00a0\u00a0raise ValueError(\"order %s has no items\" % order[\"id\"])",
            "END RequestId: req-fail");
  }

  @Test
  void printAndLoggingLinesAreTheInvocationsInOrder() {
    // given: the root logger passes WARNING and above unless told otherwise, as on Lambda
    FunctionFiles.in(code)
        .file(
            "logs.py",
            """
            import logging
            print("init")
            log = logging.getLogger()
            def handler(event, context):
                print("one")
                log.info("hidden")
                log.warning("two\\nlines")
                print("three")
                return None
            """);

    // when
    Invocation invocation = invoke("logs", "python3.12", "logs.handler", "{}");

    // then
    List<String> logs = invocation.logs();
    assertThat(((Invocation.Success) invocation).payload().utf8()).isEqualTo("null");
    assertThat(logs).hasSize(7);
    assertThat(logs.subList(0, 3))
        .containsExactly("init", "START RequestId: req-logs Version: $LATEST", "one");
    assertThat(logs.get(3)).matches("(?s)\\[WARNING]\t" + TIMESTAMP + "\treq-logs\ttwo\nlines");
    assertThat(logs.subList(4, 6)).containsExactly("three", "END RequestId: req-logs");
    assertThat(logs.get(6)).startsWith("REPORT RequestId: req-logs\tDuration: ");
  }

  @Test
  void missingModuleIsAnImportModuleErrorFromTheInitPhase() {
    // when
    Invocation.FunctionError error =
        failed(invoke("missing", "python3.12", "nothere.handler", "{}"));

    // then
    assertThat(error.payload().utf8())
        .isEqualTo(
            "{\"errorMessage\": \"Unable to import module 'nothere': No module named 'nothere'\","
                + " \"errorType\": \"Runtime.ImportModuleError\", \"requestId\": \"\","
                + " \"stackTrace\": []}");
    assertThat(error.logs().getFirst())
        .isEqualTo(
            "[ERROR] Runtime.ImportModuleError: Unable to import module 'nothere': No module named"
                + " 'nothere'\nTraceback (most recent call last):");
  }

  @Test
  void missingFunctionIsHandlerNotFound() {
    // given
    FunctionFiles.in(code).file("app.py", "def other(event, context):\n    return 1\n");

    // then
    assertThat(failed(invoke("nofn", "python3.12", "app.handler", "{}")).errorMessage())
        .isEqualTo("Handler 'handler' missing on module 'app'");
  }

  @Test
  void syntaxErrorIsUserCodeSyntaxError() {
    // given
    FunctionFiles.in(code).file("bad.py", "def handler(event, context)\n    return 1\n");

    // when
    Invocation.FunctionError error = failed(invoke("syntax", "python3.12", "bad.handler", "{}"));

    // then
    assertThat(error.errorType()).isEqualTo("Runtime.UserCodeSyntaxError");
    assertThat(error.errorMessage()).startsWith("Syntax error in module 'bad': ");
  }

  @Test
  void handlerWithoutADotIsMalformed() {
    assertThat(failed(invoke("malformed", "python3.12", "handler", "{}")).errorMessage())
        .isEqualTo("Bad handler 'handler': not enough values to unpack (expected 2, got 1)");
  }
}
