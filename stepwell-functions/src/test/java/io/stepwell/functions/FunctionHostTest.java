package io.stepwell.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.functions.java.JavaRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The host's Lambda semantics, on real Java functions compiled from {@code fixtures/}. Expected
 * messages and documents are AWS Lambda's (Invoke API errors, the Java runtime's error document).
 */
class FunctionHostTest {
  private final FunctionHost host =
      new FunctionHost("us-east-1", "123456789012", List.of(new JavaRuntime()));

  @AfterEach
  void closeHost() {
    host.close();
  }

  private void register(String name, String handler) {
    host.register(FunctionConfig.java21(name, handler, FixtureCode.jar()));
  }

  private Invocation invoke(String name, String json) {
    return host.invoke(name, Payload.ofUtf8(json), InvokeOptions.defaults());
  }

  @Test
  void requestHandlerReadsItsPojoAndAnswersItsResultAsJson() {
    // given
    register("greeter", "fixture.Greeter");

    // when
    Invocation invocation = invoke("greeter", "{\"name\":\"Ada\",\"age\":36,\"unknown\":true}");

    // then
    assertThat(invocation).isInstanceOf(Invocation.Success.class);
    assertThat(((Invocation.Success) invocation).payload().utf8())
        .isEqualTo("{\"message\":\"Hello, Ada (36)\"}");
  }

  @Test
  void thrownExceptionBecomesLambdasJavaErrorDocument() {
    // given
    register("thrower", "fixture.Thrower");

    // when
    Invocation invocation = invoke("thrower", "{\"why\":\"disk full\"}");

    // then
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    Invocation.FunctionError error = (Invocation.FunctionError) invocation;
    assertThat(error.functionError()).isEqualTo("Unhandled");
    assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.errorMessage()).isEqualTo("Something went wrong: disk full");
    // the handler's frames only; the last is the bridge method the runtime calls through
    // RequestHandler, as on Lambda
    assertThat(error.error().stackTrace())
        .containsExactly(
            "fixture.Thrower.fail(Thrower.java:14)",
            "fixture.Thrower.handleRequest(Thrower.java:10)",
            "fixture.Thrower.handleRequest(Thrower.java:7)");
    assertThat(error.payload().utf8())
        .startsWith(
            "{\"errorMessage\":\"Something went wrong: disk full\","
                + "\"errorType\":\"java.lang.IllegalStateException\",\"stackTrace\":[");
    assertThat(error.logs())
        .singleElement()
        .asString()
        .startsWith(
            """
            Something went wrong: disk full: java.lang.IllegalStateException
            java.lang.IllegalStateException: Something went wrong: disk full
            """);
  }

  @Test
  void logLinesBelongToTheirInvocation() {
    // given
    register("chatty", "fixture.Chatty");

    // when
    Invocation first = invoke("chatty", "\"one\"");
    Invocation second = invoke("chatty", "\"two\"");

    // then
    assertThat(first.logs()).containsExactly("first: one", "second: one", "third: from a thread");
    assertThat(second.logs()).containsExactly("first: two", "second: two", "third: from a thread");
  }

  @Test
  void unknownFunctionIsResourceNotFound() {
    // when
    Invocation invocation = invoke("nope", "{}");

    // then
    assertThat(invocation)
        .isEqualTo(
            new Invocation.ServiceError(
                invocation.requestId(),
                "ResourceNotFoundException",
                404,
                "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:$LATEST",
                null));
    assertThat(invocation.logs()).isEmpty();
    assertThat(invocation.duration()).isZero();
  }

  @Test
  void unregisteredFunctionIsNotFoundAnyMore() {
    // given
    register("greeter", "fixture.Greeter");

    // when
    boolean removed = host.unregister("greeter");

    // then
    assertThat(removed).isTrue();
    assertThat(host.unregister("greeter")).isFalse();
    assertThat(invoke("greeter", "{}"))
        .isInstanceOfSatisfying(
            Invocation.ServiceError.class,
            e -> assertThat(e.errorCode()).isEqualTo("ResourceNotFoundException"));
  }

  @Test
  void payloadThatIsNotJsonIsRefusedBeforeTheFunctionRuns() {
    // given
    register("greeter", "fixture.Greeter");

    // when
    Invocation invocation = invoke("greeter", "{oops");

    // then
    assertThat(invocation)
        .isInstanceOfSatisfying(
            Invocation.ServiceError.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidRequestContentException");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.message())
                  .startsWith(
                      "Could not parse request body into json: Could not parse payload into json:"
                          + " Unexpected character ('o' (code 111))");
            });
  }

  @Test
  void registeringANameTwiceFails() {
    // given
    register("greeter", "fixture.Greeter");

    // when / then
    assertThatThrownBy(() -> register("greeter", "fixture.Upper"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Function already exist: greeter");
  }

  @Test
  void runtimeWithoutARuntimeImplementationIsRefusedAtRegistration() {
    // when / then
    assertThatThrownBy(() ->
            host.register(
                FunctionConfig.of("node", "nodejs20.x", "index.handler", FixtureCode.jar())))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage("Function node: runtime nodejs20.x is not available here; available: java21.");
  }

  @Test
  void manyThreadsInvokeAtOnce() throws Exception {
    // given
    register("twice", "fixture.Methods::twice");
    List<Future<Invocation>> futures = new ArrayList<>();

    // when
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 64; i++) {
        String json = Integer.toString(i);
        futures.add(pool.submit(() -> invoke("twice", json)));
      }
    }

    // then
    for (int i = 0; i < futures.size(); i++) {
      String expected = Integer.toString(2 * i);
      assertThat(futures.get(i).get())
          .isInstanceOfSatisfying(
              Invocation.Success.class, s -> assertThat(s.payload().utf8()).isEqualTo(expected));
    }
    assertThat(futures.stream().map(f -> f.resultNow().requestId()).distinct()).hasSize(64);
  }

  @Test
  void closedHostRefusesCalls() {
    // given
    host.close();

    // when / then
    assertThatThrownBy(() -> invoke("greeter", "{}")).isInstanceOf(IllegalStateException.class);
  }
}
