package io.stepwell.functions.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwell.functions.FixtureCode;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.functions.Invocation;
import io.stepwell.functions.InvokeOptions;
import io.stepwell.functions.Payload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the Java runtime finds, loads and calls handlers, as Lambda's Java runtime does. */
class JavaRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FunctionHost host =
      new FunctionHost("eu-west-1", "123456789012", List.of(new JavaRuntime()));

  @AfterEach
  void closeHost() {
    host.close();
  }

  private String answer(String function, String handler, String json) {
    host.register(FunctionConfig.java21(function, handler, FixtureCode.jar()));
    return success(host.invoke(function, Payload.ofUtf8(json), InvokeOptions.defaults()));
  }

  private static String success(Invocation invocation) {
    assertThat(invocation).isInstanceOf(Invocation.Success.class);
    return ((Invocation.Success) invocation).payload().utf8();
  }

  private Invocation.FunctionError failure(String function, String handler, String json) {
    host.register(FunctionConfig.java21(function, handler, FixtureCode.jar()));
    Invocation invocation = host.invoke(function, Payload.ofUtf8(json), InvokeOptions.defaults());
    assertThat(invocation).isInstanceOf(Invocation.FunctionError.class);
    return (Invocation.FunctionError) invocation;
  }

  @Test
  void streamHandlerAnswersTheBytesItWrote() {
    assertThat(answer("upper", "fixture.Upper", "\"abc\"")).isEqualTo("\"ABC\"");
  }

  @Test
  void recordInputTypeIsResolvedThroughAGenericBaseClass() {
    assertThat(answer("mover", "fixture.PointMover", "{\"x\":1,\"y\":2}"))
        .isEqualTo("{\"x\":2,\"y\":3}");
  }

  @Test
  void methodHandlerWithContextIsPreferredOverTheShorterOverload() {
    assertThat(answer("describer", "fixture.Methods::describe", "\"hi\""))
        .isEqualTo("\"hi from describer\"");
  }

  @Test
  void staticMethodHandlerReadsAMap() {
    assertThat(answer("adder", "fixture.Methods::add", "{\"a\":2,\"b\":3}"))
        .isEqualTo("{\"sum\":5}");
  }

  @Test
  void voidMethodAnswersNull() {
    // given
    host.register(FunctionConfig.java21("nothing", "fixture.Methods::nothing", FixtureCode.jar()));

    // when
    Invocation invocation = host.invoke("nothing", Payload.ofUtf8("{}"), InvokeOptions.defaults());

    // then
    assertThat(success(invocation)).isEqualTo("null");
    assertThat(invocation.logs()).containsExactly("did nothing");
  }

  @Test
  void streamMethodHandlerEchoes() {
    assertThat(answer("echo", "fixture.Methods::echo", "[1,2]")).isEqualTo("[1,2]");
  }

  @Test
  void exceptionFromAMethodHandlerIsUnwrappedWithoutReflectionFrames() {
    // when
    Invocation.FunctionError error =
        failure("exploder", "fixture.Methods::explode", "{\"what\":\"luck\"}");

    // then
    assertThat(error.errorType()).isEqualTo("java.lang.UnsupportedOperationException");
    assertThat(error.errorMessage()).isEqualTo("no luck");
    assertThat(error.error().stackTrace())
        .singleElement()
        .asString()
        .startsWith("fixture.Methods.explode(Methods.java:");
  }

  @Test
  void eventOfTheWrongTypeFailsAsLambdasJsonParsingError() {
    // when
    Invocation.FunctionError error = failure("twice", "fixture.Methods::twice", "\"not a number\"");

    // then: the document AWS documents for a deserialisation failure (java-exceptions.html)
    assertThat(error.errorType()).isEqualTo("java.lang.RuntimeException");
    assertThat(error.errorMessage()).isEqualTo("An error occurred during JSON parsing");
    assertThat(error.error().stackTrace()).isEmpty();
  }

  @Test
  void contextCarriesTheInvocationAndEnvironmentVariablesAreThePerFunctionOnes() throws Exception {
    // given
    host.register(
        FunctionConfig.java21("probe", "fixture.ContextProbe", FixtureCode.jar())
            .withMemoryMb(512)
            .withTimeout(Duration.ofSeconds(10))
            .withEnvironment(Map.of("GREETING", "hello")));

    // when
    Invocation invocation =
        host.invoke(
            "probe",
            Payload.empty(),
            InvokeOptions.defaults().withRequestId("req-1").withXrayTraceId("Root=1-abc"));

    // then
    Map<String, Object> seen =
        JSON.readValue(success(invocation), new TypeReference<Map<String, Object>>() {});
    assertThat(invocation.requestId()).isEqualTo("req-1");
    assertThat(seen)
        .containsEntry("requestId", "req-1")
        .containsEntry("functionName", "probe")
        .containsEntry("functionVersion", "$LATEST")
        .containsEntry("invokedFunctionArn", "arn:aws:lambda:eu-west-1:123456789012:function:probe")
        .containsEntry("memoryLimitInMB", 512)
        .containsEntry("logGroupName", "/aws/lambda/probe")
        .containsEntry("xrayTraceId", "Root=1-abc")
        .containsEntry("greeting", "hello")
        .containsEntry("greetingAtInit", "hello")
        .containsEntry("envFunctionName", "probe")
        .containsEntry("envRegion", "eu-west-1")
        .containsEntry("envLogStream", seen.get("logStreamName"))
        .containsEntry("contextLoaderIsOwn", true)
        .containsEntry("event", Map.of())
        .containsEntry("envHome", null);
    assertThat((String) seen.get("logStreamName"))
        .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    assertThat((Integer) seen.get("remainingTimeInMillis")).isBetween(1, 10_000);
  }

  @Test
  void staticStateIsPerFunction() {
    // given
    host.register(FunctionConfig.java21("counter-a", "fixture.Counter", FixtureCode.jar()));
    host.register(FunctionConfig.java21("counter-b", "fixture.Counter", FixtureCode.jar()));

    // when
    String a1 = success(host.invoke("counter-a", Payload.empty(), InvokeOptions.defaults()));
    String a2 = success(host.invoke("counter-a", Payload.empty(), InvokeOptions.defaults()));
    String b1 = success(host.invoke("counter-b", Payload.empty(), InvokeOptions.defaults()));

    // then
    assertThat(List.of(a1, a2, b1)).containsExactly("1", "2", "1");
  }

  @Test
  void codeLoadsFromAClassesDirectory() {
    // given
    host.register(
        FunctionConfig.java21("greeter", "fixture.Greeter", FixtureCode.classesDirectory()));

    // when
    Invocation invocation =
        host.invoke(
            "greeter", Payload.ofUtf8("{\"name\":\"Bo\",\"age\":7}"), InvokeOptions.defaults());

    // then
    assertThat(success(invocation)).isEqualTo("{\"message\":\"Hello, Bo (7)\"}");
  }

  @Test
  void jarBundlingItsOwnLambdaCoreStillSeesTheHostsContextType() {
    // given
    host.register(FunctionConfig.java21("greeter", "fixture.Greeter", FixtureCode.fatJar()));

    // when
    Invocation invocation =
        host.invoke(
            "greeter", Payload.ofUtf8("{\"name\":\"Cy\",\"age\":1}"), InvokeOptions.defaults());

    // then
    assertThat(success(invocation)).isEqualTo("{\"message\":\"Hello, Cy (1)\"}");
  }

  static Stream<Arguments> badHandlers() {
    return Stream.of(
        Arguments.of("fixture.Missing", "Function f: Class not found: fixture.Missing"),
        Arguments.of(
            "fixture.NotAHandler",
            "Function f: Class does not implement an appropriate handler interface:"
                + " fixture.NotAHandler."),
        Arguments.of(
            "fixture.Methods::missing",
            "Function f: No public method named missing with appropriate method signature found on"
                + " class fixture.Methods."),
        Arguments.of(
            "fixture.Methods::",
            "Function f: invalid handler 'fixture.Methods::'; a Java handler is pkg.Class or"
                + " pkg.Class::method."),
        Arguments.of(
            "fixture.RawHandler",
            "Function f: Class fixture.RawHandler does not implement RequestHandler with concrete"
                + " type parameters."),
        Arguments.of(
            "fixture.BrokenInit",
            "Function f: Error loading class fixture.BrokenInit: no database configured"),
        Arguments.of(
            "fixture.NoDefaultConstructor",
            "Function f: Class fixture.NoDefaultConstructor has no public zero-argument"
                + " constructor."));
  }

  @ParameterizedTest
  @MethodSource("badHandlers")
  void badHandlerIsRefusedAtRegistration(String handler, String message) {
    assertThatThrownBy(() -> host.register(FunctionConfig.java21("f", handler, FixtureCode.jar())))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessageStartingWith(message);
    assertThat(host.config("f")).isEmpty();
  }

  @Test
  void missingCodeIsRefusedAtRegistration() {
    Path missing = Path.of("target", "no-such.jar").toAbsolutePath();
    assertThatThrownBy(() -> host.register(FunctionConfig.java21("f", "fixture.Greeter", missing)))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessage("Function f: code location " + missing + " does not exist.");
  }
}
