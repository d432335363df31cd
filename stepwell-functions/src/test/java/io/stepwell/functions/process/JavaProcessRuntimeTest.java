package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.functions.FixtureCode;
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

/**
 * {@code java21} in a JVM of its own through AWS's runtime interface client, on the same fixture
 * functions as the in-process runtime: the answers are Lambda's Java runtime's.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JavaProcessRuntimeTest {
  private FunctionHost host;

  @BeforeEach
  void startHost() {
    List<Path> client = ProcessRuntime.javaRuntimeInterfaceClientOnClassPath().orElseThrow();
    ProcessRuntime runtime = ProcessRuntime.builder().javaRuntimeInterfaceClient(client).build();
    host = new FunctionHost("us-east-1", "123456789012", List.of(runtime));
  }

  @AfterEach
  void closeHost() {
    host.close();
  }

  @Test
  void requestHandlerAnswersItsPojoAsJson() {
    // given
    host.register(FunctionConfig.java21("greeter", "fixture.Greeter", FixtureCode.jar()));

    // when
    Invocation first =
        host.invoke(
            "greeter",
            Payload.ofUtf8("{\"name\":\"Ada\",\"age\":36}"),
            new InvokeOptions("r-1", null));
    Invocation second =
        host.invoke(
            "greeter", Payload.ofUtf8("{\"name\":\"Alan\",\"age\":41}"), InvokeOptions.defaults());

    // then
    assertThat(first).isInstanceOf(Invocation.Success.class);
    assertThat(((Invocation.Success) first).payload().utf8())
        .isEqualTo("{\"message\":\"Hello, Ada (36)\"}");
    assertThat(((Invocation.Success) second).payload().utf8())
        .isEqualTo("{\"message\":\"Hello, Alan (41)\"}");
    assertThat(first.logs())
        .contains("START RequestId: r-1 Version: $LATEST", "END RequestId: r-1");
  }

  @Test
  void thrownExceptionBecomesTheJavaErrorDocument() {
    // given
    host.register(FunctionConfig.java21("thrower", "fixture.Thrower", FixtureCode.jar()));

    // when
    Invocation invocation =
        host.invoke("thrower", Payload.ofUtf8("{\"why\":\"disk full\"}"), InvokeOptions.defaults());

    // then
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.errorMessage()).isEqualTo("Something went wrong: disk full");
    assertThat(error.error().stackTrace()).startsWith("fixture.Thrower.fail(Thrower.java:14)");
  }

  @Test
  void loggerLinesAreTheInvocationsInOrder() {
    // given
    host.register(FunctionConfig.java21("chatty", "fixture.Chatty", FixtureCode.jar()));

    // when
    Invocation invocation =
        host.invoke("chatty", Payload.ofUtf8("\"hi\""), new InvokeOptions("r-c", null));

    // then
    assertThat(((Invocation.Success) invocation).payload().utf8()).isEqualTo("\"hi\"");
    assertThat(invocation.logs())
        .containsSubsequence(
            "START RequestId: r-c Version: $LATEST",
            "first: hi",
            "second: hi",
            "third: from a thread",
            "END RequestId: r-c");
  }
}
