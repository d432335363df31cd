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
 * Node.js functions in real {@code node} processes. Expected values are Lambda's Node.js runtime's:
 * its handler forms, context fields and error documents ({@code errorType}, {@code errorMessage},
 * {@code trace}).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NodeRuntimeTest {
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

  private Invocation invoke(String name, String event) {
    return host.invoke(name, Payload.ofUtf8(event), InvokeOptions.defaults());
  }

  private void register(String name, String handler) {
    host.register(FunctionConfig.of(name, "nodejs20.x", handler, code));
  }

  private static String payload(Invocation invocation) {
    assertThat(invocation).isInstanceOf(Invocation.Success.class);
    return ((Invocation.Success) invocation).payload().utf8();
  }

  @Test
  void asyncHandlerAnswersWhatItReturnsAsJson() {
    // given
    FunctionFiles.in(code)
        .file(
            "index.js",
            "exports.handler = async (event) => ({ greeting: 'Hello, ' + event.name, n: 1.5 });");
    register("greeter", "index.handler");

    // when
    Invocation invocation = invoke("greeter", "{\"name\":\"Ada\"}");

    // then
    assertThat(payload(invocation)).isEqualTo("{\"greeting\":\"Hello, Ada\",\"n\":1.5}");
  }

  @Test
  void callbackHandlerAnswersOnceTheEventLoopIsEmpty() {
    // given: the callback comes first, the timer still pending must run before the answer
    FunctionFiles.in(code)
        .file(
            "cb.js",
            """
            let ticks = 0;
            exports.handler = (event, context, callback) => {
              const result = { ticks: 0 };
              setTimeout(() => { result.ticks = ++ticks; }, 50);
              callback(null, result);
            };
            """);
    register("callback", "cb.handler");

    // when
    Invocation invocation = invoke("callback", "{}");

    // then: the result object was serialised after the timer changed it, as on Lambda
    assertThat(payload(invocation)).isEqualTo("{\"ticks\":1}");
  }

  @Test
  void callbackHandlerAnswersAtOnceWhenToldNotToWait() {
    // given
    FunctionFiles.in(code)
        .file(
            "nowait.js",
            """
            exports.handler = (event, context, callback) => {
              context.callbackWaitsForEmptyEventLoop = false;
              const result = { changed: false };
              setTimeout(() => { result.changed = true; }, 2000);
              callback(null, result);
            };
            """);
    register("nowait", "nowait.handler");

    // when
    Invocation invocation = invoke("nowait", "{}");

    // then: serialised before the timer ran (waiting for the event loop would have answered true)
    assertThat(payload(invocation)).isEqualTo("{\"changed\":false}");
  }

  @Test
  void esModuleHandlersLoadFromMjsAndFromTypeModulePackages() {
    // given
    FunctionFiles.in(code)
        .file("esm.mjs", "export const handler = async (event) => ({ esm: event.x * 2 });")
        .file("pkg/package.json", "{\"type\":\"module\"}")
        .file("pkg/app.js", "export async function run(event) { return 'module:' + event.x; }");
    register("mjs", "esm.handler");
    register("typemodule", "pkg/app.run");

    // when
    Invocation mjs = invoke("mjs", "{\"x\":21}");
    Invocation typeModule = invoke("typemodule", "{\"x\":7}");

    // then
    assertThat(payload(mjs)).isEqualTo("{\"esm\":42}");
    assertThat(payload(typeModule)).isEqualTo("\"module:7\"");
  }

  @Test
  void nestedExportsAndSubfoldersResolveAsLambdaDoes() {
    // given
    FunctionFiles.in(code).file("src/lib/api.js", "exports.v1 = { handle: async () => 'nested' };");
    register("nested", "src/lib/api.v1.handle");

    // then
    assertThat(payload(invoke("nested", "{}"))).isEqualTo("\"nested\"");
  }

  @Test
  void thrownErrorBecomesNodesErrorDocument() {
    // given
    FunctionFiles.in(code)
        .file(
            "fail.js",
            """
            class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
            exports.handler = async (event) => { throw new ValidationError('bad input: ' + event.id); };
            """);
    register("fail", "fail.handler");

    // when
    Invocation invocation = invoke("fail", "{\"id\":7}");

    // then
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.errorType()).isEqualTo("ValidationError");
    assertThat(error.errorMessage()).isEqualTo("bad input: 7");
    assertThat(error.payload().utf8())
        .startsWith(
            "{\"errorType\":\"ValidationError\",\"errorMessage\":\"bad input: 7\","
                + "\"trace\":[\"ValidationError: bad input: 7\",\"    at ");
    assertThat(error.logs())
        .anySatisfy(line ->
            assertThat(line)
                .contains("\tERROR\tInvoke Error \t{\"errorType\":\"ValidationError\""));
  }

  @Test
  void callbackWithAStringErrorAnswersItsType() {
    // given
    FunctionFiles.in(code)
        .file("str.js", "exports.handler = (e, c, callback) => callback('plain failure');");
    register("str", "str.handler");

    // when
    Invocation invocation = invoke("str", "{}");

    // then
    assertThat(((Invocation.FunctionError) invocation).payload().utf8())
        .isEqualTo("{\"errorType\":\"string\",\"errorMessage\":\"plain failure\",\"trace\":[]}");
  }

  @Test
  void contextCarriesLambdasFields() {
    // given
    FunctionFiles.in(code)
        .file(
            "ctx.js",
            """
            exports.handler = async (event, context) => ({
              functionName: context.functionName,
              functionVersion: context.functionVersion,
              memoryLimitInMB: context.memoryLimitInMB,
              logGroupName: context.logGroupName,
              logStreamName: context.logStreamName,
              invokedFunctionArn: context.invokedFunctionArn,
              awsRequestId: context.awsRequestId,
              remaining: context.getRemainingTimeInMillis(),
              waits: context.callbackWaitsForEmptyEventLoop,
              trace: process.env._X_AMZN_TRACE_ID,
            });
            """);
    host.register(
        FunctionConfig.of("ctx", "nodejs22.x", "ctx.handler", code)
            .withMemoryMb(256)
            .withTimeout(java.time.Duration.ofSeconds(5)));

    // when
    Invocation invocation =
        host.invoke(
            "ctx",
            Payload.ofUtf8("{}"),
            new InvokeOptions("req-123", "Root=1-5759e988-bd862e3fe1be46a994272793"));

    // then
    Map<String, Object> ctx = Json.object(payload(invocation));
    assertThat(ctx)
        .containsEntry("functionName", "ctx")
        .containsEntry("functionVersion", "$LATEST")
        .containsEntry("memoryLimitInMB", "256")
        .containsEntry("logGroupName", "/aws/lambda/ctx")
        .containsEntry("invokedFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:ctx")
        .containsEntry("awsRequestId", "req-123")
        .containsEntry("waits", true)
        .containsEntry("trace", "Root=1-5759e988-bd862e3fe1be46a994272793");
    assertThat((String) ctx.get("logStreamName"))
        .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    assertThat(((Number) ctx.get("remaining")).intValue()).isBetween(3000, 5000);
  }
}
